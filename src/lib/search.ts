/** Pure helpers for the search UI: query strings, filters, results and the glossary card. No DOM access. */
import { fill } from '../i18n/format';
import type { SearchFormStrings } from '../i18n/strings/search-form';

export type FilterSelection = Record<string, string[]>;

/** How many results the list shows at first and adds on each "Show more results". */
export const RESULTS_PAGE_SIZE = 5;

/** How many matching parts of one article a result links to (Pagefind's own interface shows three). */
export const SUB_RESULTS_PER_RESULT = 3;

/** Reads ?q= from a URL's search part; trims and caps the length so a crafted link cannot flood the UI. */
export function queryFromSearch(search: string, maxLength = 200): string {
  const q = new URLSearchParams(search).get('q') ?? '';
  return q.trim().slice(0, maxLength);
}

/** Reads the ticked filters back from a search URL (?section=Brain&audience=Students), for the names given. */
export function filtersFromSearch(search: string, names: readonly string[]): FilterSelection {
  const params = new URLSearchParams(search);
  const picked: FilterSelection = {};
  for (const name of names) {
    const values = params.getAll(name).filter((v) => v.length > 0 && v.length <= 100);
    if (values.length) picked[name] = [...new Set(values)];
  }
  return picked;
}

/** Builds Pagefind's filter object ({ section: { any: [...] } }) from the ticked boxes; empty groups are left out. */
export function pagefindFilters(selection: FilterSelection): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(selection)) {
    const clean = [...new Set(values.filter((v) => typeof v === 'string' && v.length > 0))];
    if (clean.length) filters[name] = { any: clean };
  }
  return filters;
}

/** "3 results for “dose”" — the sentence read out by the live region: always the total, however many show. */
export function resultsSummary(
  words: Pick<SearchFormStrings, 'none' | 'one' | 'many'>,
  count: number,
  query: string,
): string {
  if (!query) return '';
  if (!Number.isFinite(count) || count <= 0) return fill(words.none, { query });
  return count === 1 ? fill(words.one, { query }) : fill(words.many, { count, query });
}

/**
 * Keeps the browser URL in step with the query and the ticked filters, so a search can be linked or
 * bookmarked, and going back from an article returns to the same results.
 */
export function searchUrl(pathname: string, query: string, filters: FilterSelection = {}): string {
  if (!query) return pathname;
  const params = new URLSearchParams({ q: query });
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  return `${pathname}?${params.toString().replace(/\+/g, '%20')}`;
}

/** One matching part of an article, as Pagefind reports it (a heading's section, or the text before any). */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  /** Each match with its weight: a match in a heading counts more than one in a paragraph. */
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

/** How strongly a section matched: its weighted score where Pagefind gives one, else its number of matches. */
const subResultScore = (s: SubResult) =>
  s.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? s.locations.length;

/**
 * Chooses what a result shows: the excerpt for the article as a whole, and up to `limit` sections that
 * matched, the strongest matches (a heading that matches counts most), kept in the article's order. The text before the first heading
 * has the page's own URL; its excerpt becomes the main one rather than a link to the page again.
 */
export function chooseSubResults(
  pageUrl: string,
  pageExcerpt: string,
  subResults: readonly SubResult[],
  limit = SUB_RESULTS_PER_RESULT,
): { excerpt: string; sections: SubResult[] } {
  const top = subResults.find((s) => s.url === pageUrl);
  const sections = subResults.filter((s) => s.url !== pageUrl && s.url.includes('#'));
  const kept = new Set(
    [...sections]
      .sort((a, b) => subResultScore(b) - subResultScore(a) || sections.indexOf(a) - sections.indexOf(b))
      .slice(0, limit),
  );
  return { excerpt: top?.excerpt ?? pageExcerpt, sections: sections.filter((s) => kept.has(s)) };
}

/**
 * The form a glossary term, an alias or a query is compared in: lower case, without accents, curly
 * quotes or surrounding punctuation, single spaces. "  Theory of Mind? " and "theory of mind" match.
 */
export function normalizeTerm(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,;:!?]+|[\s"'.,;:!?]+$/g, '');
}

/** How many files the glossary index for search is split into: each about a kilobyte compressed. */
export const GLOSSARY_SHARD_COUNT = 64;

/**
 * Which shard of the glossary index holds a (normalized) name: a hash of it (FNV-1a), so the shards come out
 * even and the UI fetches only the one a query needs instead of every definition.
 */
export function glossaryShard(normalized: string): number {
  let hash = 0x811c9dc5;
  for (const char of normalized) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % GLOSSARY_SHARD_COUNT;
}

/** A glossary entry as the search card shows it. */
export interface GlossaryCard {
  id: string;
  term: string;
  short: string;
}

/**
 * The glossary index for search, split into shards: normalized term or alias -> the entries it names.
 * Every shard exists, even empty, so the UI never asks for a file that is not there. A name can belong to
 * two entries (an alias of one that is the term of another, or an alias both share): the entry whose own
 * term it is comes first, then the others in alphabetical order, and the card shows each.
 */
export function glossarySearchShards(
  entries: readonly { id: string; term: string; short: string; aliases?: readonly string[] }[],
): Record<string, GlossaryCard[]>[] {
  const byName = new Map<string, { card: GlossaryCard; isTerm: boolean }[]>();
  for (const { id, term, short, aliases = [] } of entries) {
    const card = { id, term, short };
    const names = new Map<string, boolean>();
    for (const alias of aliases) names.set(normalizeTerm(alias), false);
    names.set(normalizeTerm(term), true);
    for (const [name, isTerm] of names) {
      if (!name) continue;
      byName.set(name, [...(byName.get(name) ?? []), { card, isTerm }]);
    }
  }
  const shards: Record<string, GlossaryCard[]>[] = Array.from({ length: GLOSSARY_SHARD_COUNT }, () => ({}));
  for (const [name, owners] of [...byName].sort(([a], [b]) => (a < b ? -1 : 1))) {
    owners.sort((a, b) => Number(b.isTerm) - Number(a.isTerm) || a.card.term.localeCompare(b.card.term, 'en'));
    shards[glossaryShard(name)][name] = owners.map((o) => o.card);
  }
  return shards;
}
