/**
 * Readers can see how the site checks itself: the fact-check page exists and is linked from the about page,
 * the footer and every article (next to "Last reviewed"). This build has no REPORT_MISTAKE_URL/EMAIL, so no
 * page offers "Report a mistake"; the fixture build in tests/build/content-errors.test.ts sets one and checks
 * the link appears.
 */
import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n';
import { pageLangOf } from '../helpers/languages';
import { builtPages, isArticle } from '../helpers/dist';
import { DIST } from '../helpers/paths';

const pages = builtPages(DIST);
const FACTS = '/how-we-check-facts/';
const page = (url: string) => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`${url} was not built`);
  return found;
};
const linksTo = (url: string, target: string) =>
  page(url)
    .root.querySelectorAll('a')
    .some((a) => a.getAttribute('href') === target);

describe('how we check our facts', () => {
  it('has its own page, explaining verification, the second reader, "last reviewed" and reporting', () => {
    const headings = page(FACTS)
      .root.querySelectorAll('h2')
      .map((h) => h.getAttribute('id'));
    expect(headings).toEqual(
      expect.arrayContaining(['verifying-sources', 'second-reader', 'how-often', 'last-reviewed', 'report']),
    );
  });

  it('is linked from the about page and the footer', () => {
    expect(linksTo('/about/', FACTS)).toBe(true);
    expect(page('/').root.querySelector('footer')?.querySelector(`a[href="${FACTS}"]`)).not.toBeNull();
  });

  const articles = pages.filter(isArticle);
  it('is linked from every article, next to "Last reviewed"', () => {
    expect(articles.length).toBeGreaterThan(40);
    const without = articles
      .filter((p) => {
        const label = strings(pageLangOf(p.url)).article.lastReviewed;
        const item = p.root.querySelectorAll('li').find((li) => li.text.includes(label));
        return !item?.querySelector(`a[href="${FACTS}"]`);
      })
      .map((p) => p.url);
    expect(without).toEqual([]);
  });

  it('offers no "Report a mistake" link when the site is built without a place to report to', () => {
    expect(pages.filter((p) => p.html.includes('Report a mistake')).map((p) => p.url)).toEqual([]);
  });
});
