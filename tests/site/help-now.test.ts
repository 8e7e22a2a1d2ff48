/**
 * The built "Get help now" pages in every language show exactly the entries content/help/crisis-lines.yaml
 * lists for them: each number as a tel: link, each crisis line's note in the page's language, and the oldest
 * checked date. Nothing typed in a page can drift from the checked data.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crisisLinesFile, entriesForPage, lastChecked, loadCrisisLines, telHref } from '../../src/lib/crisis-lines';
import { builtPages } from '../helpers/dist';
import { DIST, ROOT } from '../helpers/paths';

const entries = loadCrisisLines(crisisLinesFile(path.join(ROOT, 'content')));
const pages = builtPages(DIST);

describe.each([
  ['en', '/help-now/'],
  ['es', '/es/help-now/'],
] as const)('the %s page (%s)', (lang, url) => {
  const page = pages.find((p) => p.url === url);
  const main = page?.root.querySelector('main');
  const emergency = entriesForPage(entries, lang, 'emergency');
  const lines = entriesForPage(entries, lang, 'crisis-line');

  it('exists', () => {
    expect(main).toBeTruthy();
  });

  it('links every emergency number in the emergency box, and no other', () => {
    const links = main?.querySelectorAll('#emergency ~ ul a[href^="tel:"]').map((a) => a.getAttribute('href'));
    expect(links?.sort()).toEqual(emergency.map((e) => telHref(e.number)).sort());
  });

  it("shows every crisis line with its call button and its note in the page's language", () => {
    const cards = main?.querySelectorAll('section[aria-labelledby="crisis-lines"] li') ?? [];
    expect(cards).toHaveLength(lines.length);
    for (const line of lines) {
      const card = cards.find((c) => c.text.includes(line.name ?? '-'));
      expect(card, line.id).toBeTruthy();
      expect(card?.querySelector('a.btn')?.getAttribute('href'), line.id).toBe(telHref(line.number));
      expect(card?.text.replace(/\s+/g, ' '), line.id).toContain(line.note?.[lang]?.replace(/\s+/g, ' '));
    }
  });

  it('dates the numbers with the oldest check among them', () => {
    const time = main?.querySelector('section[aria-labelledby="crisis-lines"] time');
    expect(time?.getAttribute('datetime')).toBe(lastChecked([...emergency, ...lines]));
  });
});
