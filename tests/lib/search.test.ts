import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from '../../src/lib/search-shortcut';
import { pagefindFilters, queryFromSearch, resultsSummary, searchUrl } from '../../src/lib/search';

describe('search helpers', () => {
  it('reads, trims and caps ?q=', () => {
    expect(queryFromSearch('?q=%20dose%20')).toBe('dose');
    expect(queryFromSearch('')).toBe('');
    expect(queryFromSearch(`?q=${'a'.repeat(500)}`)).toHaveLength(200);
  });
  it('builds Pagefind filters from ticked boxes only', () => {
    expect(pagefindFilters({ section: ['Brain', 'Brain', ''], audience: [] })).toEqual({ section: { any: ['Brain'] } });
  });
  it('summarises results for the live region', () => {
    expect(resultsSummary(1, 'dose')).toBe('1 result for “dose”');
    expect(resultsSummary(3, 'dose')).toBe('3 results for “dose”');
    expect(resultsSummary(0, 'zzz')).toMatch(/^No results/);
    expect(resultsSummary(Number.NaN, 'x')).toMatch(/^No results/);
    expect(resultsSummary(4, '')).toBe('');
  });
  it('keeps the query in the URL', () => {
    expect(searchUrl('/search/', 'how many sessions')).toBe('/search/?q=how%20many%20sessions');
    expect(searchUrl('/search/', '')).toBe('/search/');
  });
  it('opens on / outside text fields and on Ctrl/Cmd+K anywhere', () => {
    const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
      key: k,
      ctrlKey: false,
      metaKey: false,
      ...mods,
    });
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
  });
});
