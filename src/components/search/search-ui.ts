/**
 * The search form behaviour shared by the header dialog and the /search/ page. Loaded only when a reader
 * opens search, so plain pages do not pay for it. Talks to Pagefind's JS API; nothing leaves the browser.
 */
import { pagefindFilters, resultsSummary, searchUrl, type FilterSelection } from '../../lib/search';
import { find } from '../../lib/required';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    q: string,
    o: { filters: Record<string, { any: string[] }> },
    ms?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

const FILTER_LABELS: Record<string, string> = { section: 'Section', audience: 'Written for' };
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    // Result URLs are relative to the site root; baseUrl adds the sub-path the site is served from.
    await pf.options({ excerptLength: 24, baseUrl: base });
    await pf.init();
    return pf;
  });
  return pagefindPromise;
}

/** Wires one search form: the input, the filter area, the status line and the results list inside `root`. */
export async function attachSearch(root: HTMLElement, options: { base: string; updateUrl: boolean }) {
  const input = find<HTMLInputElement>(root, 'input[type="search"]');
  const filterArea = find<HTMLElement>(root, '[data-search-filters]');
  const status = find<HTMLElement>(root, '[data-search-status]');
  const list = find<HTMLOListElement>(root, '[data-search-results]');

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(options.base);
  } catch {
    status.textContent =
      'Search is not available here (it works on the built site). Try the section pages or the glossary.';
    return;
  }

  const filters = await pagefind.filters();
  filterArea.replaceChildren(
    ...Object.entries(filters).map(([name, values]) => {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = FILTER_LABELS[name] ?? name;
      fieldset.append(legend);
      for (const value of Object.keys(values).sort()) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        label.append(box, ` ${value}`);
        fieldset.append(label);
      }
      return fieldset;
    }),
  );

  const selection = (): FilterSelection => {
    const picked: FilterSelection = {};
    for (const box of filterArea.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (picked[box.name] ??= []).push(box.value);
    }
    return picked;
  };

  let runId = 0;
  const run = async () => {
    const id = ++runId;
    const query = input.value.trim();
    if (options.updateUrl) history.replaceState(null, '', searchUrl(location.pathname, query));
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(query, { filters: pagefindFilters(selection()) }, 150);
    if (!search || id !== runId) return; // a newer query superseded this one
    const results = await Promise.all(search.results.slice(0, 12).map((r) => r.data()));
    if (id !== runId) return;
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement('p');
        excerpt.innerHTML = result.excerpt; // Pagefind escapes page text and adds only <mark> tags.
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent = resultsSummary(search.results.length, query);
  };

  input.addEventListener('input', run);
  filterArea.addEventListener('change', run);
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  if (input.value) run();
}
