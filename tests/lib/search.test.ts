import { SEARCH_FORM_STRINGS } from '../../src/i18n/strings/search-form';
import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from '../../src/lib/search-shortcut';
import {
  GLOSSARY_SHARD_COUNT,
  chooseSubResults,
  filtersFromSearch,
  glossarySearchShards,
  glossaryShard,
  normalizeTerm,
  pagefindFilters,
  queryFromSearch,
  resultsSummary,
  searchUrl,
} from '../../src/lib/search';

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
    expect(resultsSummary(SEARCH_FORM_STRINGS.en, 1, 'dose')).toBe('1 result for “dose”');
    expect(resultsSummary(SEARCH_FORM_STRINGS.en, 3, 'dose')).toBe('3 results for “dose”');
    expect(resultsSummary(SEARCH_FORM_STRINGS.en, 0, 'zzz')).toMatch(/^No results/);
    expect(resultsSummary(SEARCH_FORM_STRINGS.en, Number.NaN, 'x')).toMatch(/^No results/);
    expect(resultsSummary(SEARCH_FORM_STRINGS.en, 4, '')).toBe('');
  });
  it('keeps the query in the URL', () => {
    expect(searchUrl('/search/', 'how many sessions')).toBe('/search/?q=how%20many%20sessions');
    expect(searchUrl('/search/', '')).toBe('/search/');
  });
  it('keeps the ticked filters in the URL and reads them back', () => {
    const url = searchUrl('/search/', 'dose', {
      section: ['Brain and the body', 'What heals'],
      audience: ['Students'],
    });
    expect(url).toBe('/search/?q=dose&section=Brain%20and%20the%20body&section=What%20heals&audience=Students');
    const search = url.slice(url.indexOf('?'));
    expect(filtersFromSearch(search, ['section', 'audience'])).toEqual({
      section: ['Brain and the body', 'What heals'],
      audience: ['Students'],
    });
    // Only the filters the index has; empty and duplicated values dropped.
    expect(filtersFromSearch('?q=x&colour=red&section=&section=A&section=A', ['section'])).toEqual({ section: ['A'] });
  });
  it('shows the sections of an article with the most matches, in article order', () => {
    const sub = (url: string, matches: number) => ({
      title: url,
      url,
      excerpt: `excerpt of ${url}`,
      locations: Array(matches).fill(0),
    });
    const chosen = chooseSubResults('/a/', 'page excerpt', [
      sub('/a/', 1),
      sub('/a/#one', 1),
      sub('/a/#two', 5),
      sub('/a/#three', 2),
      sub('/a/#four', 3),
    ]);
    expect(chosen.excerpt).toBe('excerpt of /a/');
    expect(chosen.sections.map((s) => s.url)).toEqual(['/a/#two', '/a/#three', '/a/#four']);
    // A match in a heading weighs more than several in paragraphs.
    const weighted = (url: string, scores: number[]) => ({
      ...sub(url, scores.length),
      weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
    });
    expect(
      chooseSubResults('/a/', '', [weighted('/a/#p', [1, 1, 1]), weighted('/a/#h', [7])], 1).sections.map((s) => s.url),
    ).toEqual(['/a/#h']);
    expect(chooseSubResults('/a/', 'page excerpt', [sub('/a/#one', 1)])).toEqual({
      excerpt: 'page excerpt',
      sections: [sub('/a/#one', 1)],
    });
  });
  it('compares glossary names and queries without case, accents, curly quotes or end punctuation', () => {
    expect(normalizeTerm('  Theory  of Mind? ')).toBe('theory of mind');
    expect(normalizeTerm('Rogers’ “core conditions”')).toBe('rogers\' "core conditions');
    expect(normalizeTerm('Naïve')).toBe('naive');
    expect(normalizeTerm('?!')).toBe('');
  });
  it('splits the glossary into even hash shards, each name in the one shard the UI will ask for', () => {
    const entries = [
      { id: 'expectancy', term: 'Expectancy', short: 'What a person expects.', aliases: ['outcome expectation'] },
      {
        id: 'outcome-expectation',
        term: 'Outcome expectation',
        short: 'The belief therapy will help.',
        aliases: ['expectancy'],
      },
      { id: 'dbt', term: 'Dialectical behaviour therapy', short: 'A skills-based therapy.', aliases: ['DBT'] },
    ];
    const shards = glossarySearchShards(entries);
    expect(shards).toHaveLength(GLOSSARY_SHARD_COUNT);
    const lookup = (q: string) => shards[glossaryShard(normalizeTerm(q))][normalizeTerm(q)]?.map((c) => c.id);
    expect(lookup('DBT')).toEqual(['dbt']);
    expect(lookup('dialectical behaviour therapy.')).toEqual(['dbt']);
    // A name that is one entry's term and another's alias: the entry whose term it is comes first.
    expect(lookup('Expectancy')).toEqual(['expectancy', 'outcome-expectation']);
    expect(lookup('outcome expectation')).toEqual(['outcome-expectation', 'expectancy']);
    expect(lookup('therapy')).toBeUndefined();
    for (const [i, shard] of shards.entries())
      for (const name of Object.keys(shard)) expect(glossaryShard(name)).toBe(i);
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
