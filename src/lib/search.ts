/** Pure helpers for the search UI: query strings, filters and result text. No DOM access. */

export type FilterSelection = Record<string, string[]>;

/** Reads ?q= from a URL's search part; trims and caps the length so a crafted link cannot flood the UI. */
export function queryFromSearch(search: string, maxLength = 200): string {
  const q = new URLSearchParams(search).get('q') ?? '';
  return q.trim().slice(0, maxLength);
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

/** "3 results for “dose”" — the sentence read out by the live region. */
export function resultsSummary(count: number, query: string): string {
  if (!query) return '';
  if (!Number.isFinite(count) || count <= 0) return `No results for “${query}”. Try a shorter or different word.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`;
}

/** Keeps the browser URL in step with the query so a search can be linked or bookmarked. */
export function searchUrl(pathname: string, query: string): string {
  return query ? `${pathname}?q=${encodeURIComponent(query)}` : pathname;
}
