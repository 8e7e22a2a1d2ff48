import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thinkingTrapsContent } from '../../../src/widgets/thinking-traps/thinking-traps-content';
import { ROOT } from '../../helpers/paths';

const { traps: DISTORTIONS, items: THINKING_TRAP_ITEMS } = thinkingTrapsContent();

const ids = DISTORTIONS.map((d) => d.id);

describe('thinking-trap items', () => {
  it('has at least 24 items with unique ids', () => {
    expect(THINKING_TRAP_ITEMS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(THINKING_TRAP_ITEMS.map((i) => i.id)).size).toBe(THINKING_TRAP_ITEMS.length);
  });

  it.each(THINKING_TRAP_ITEMS.map((i) => [i.id, i]))('%s has every field and a valid trap', (_id, item) => {
    for (const field of ['who', 'thought', 'why', 'balanced'] as const)
      expect(item[field].trim().length, field).toBeGreaterThan(10);
    expect(ids).toContain(item.distortion);
    // Fictional people by first name only, as the content guide asks: "Name, age, ...".
    expect(item.who).toMatch(/^[A-Z][a-z]+, \d+, /);
  });

  it('practises every trap at least twice', () => {
    for (const id of ids)
      expect(THINKING_TRAP_ITEMS.filter((i) => i.distortion === id).length, id).toBeGreaterThanOrEqual(2);
  });

  it('uses diverse people: no first name twice', () => {
    const names = THINKING_TRAP_ITEMS.map((i) => i.who.split(',')[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('offers exactly the traps the article describes, under the same names', () => {
    const article = readFileSync(`${ROOT}/content/articles/approaches/cognitive-distortions.mdx`, 'utf8');
    const headings = [...article.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(DISTORTIONS.map((d) => d.name)).toEqual(headings);
  });
});
