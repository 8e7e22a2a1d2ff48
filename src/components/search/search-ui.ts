/**
 * The search form behaviour shared by the header dialog and the /search/ page. Loaded only when a reader
 * opens search, so plain pages do not pay for it. Talks to Pagefind's JS API; nothing leaves the browser.
 *
 * Bytes per query are what a reader on a metered phone pays at every pause in typing, so the list fetches
 * only the five result fragments it shows, and more only when asked ("Show more results"), and only for the
 * query standing when typing pauses. The index chunks for the words typed are fetched, and the pages ranked,
 * while the typing debounce waits, so results show soon after it.
 */
import stylesUrl from './search-ui.css?url';
import { searchDialogHtml } from './search-form-html';
import {
  RESULTS_PAGE_SIZE,
  chooseSubResults,
  filtersFromSearch,
  glossaryShard,
  normalizeTerm,
  pagefindFilters,
  queryFromSearch,
  resultsSummary,
  searchUrl,
  type FilterSelection,
  type GlossaryCard,
  type SubResult,
} from '../../lib/search';
import { find } from '../../lib/required';
import { fill } from '../../i18n/format';
import { documentLang } from '../../i18n/document-lang';
import { DEFAULT_LANG } from '../../i18n/languages.mjs';
import { SEARCH_FORM_STRINGS } from '../../i18n/strings/search-form';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: SubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
type PagefindFilters = Record<string, { any: string[] }>;
interface Pagefind {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(q: string, o: { filters: PagefindFilters }): Promise<void>;
  search(q: string, o: { filters: PagefindFilters }): Promise<{ results: PagefindResult[] }>;
}

/**
 * The search styles, as a stylesheet linked when this code first runs. (Imported as CSS, Astro would link it
 * from every page's head, in every first view.) Resolves once it applies, so the dialog opens styled.
 */
export const stylesReady: Promise<unknown> = new Promise((resolve) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesUrl;
  link.addEventListener('load', resolve);
  link.addEventListener('error', resolve);
  document.head.append(link);
});

/** The page's language picks the words (and Pagefind, by the same <html lang>, the index). */
const lang = documentLang();
const words = SEARCH_FORM_STRINGS[lang];
/** Where this language's pages live under the site's base: "" for English, "es/" for Spanish. */
const langPrefix = lang === DEFAULT_LANG ? '' : `${lang}/`;
/** How long typing must pause before a search runs. */
const DEBOUNCE_MS = 150;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let pagefindPromise: Promise<Pagefind> | undefined;
const glossaryShards = new Map<number, Promise<Record<string, GlossaryCard[]>>>();

function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    // Result URLs are relative to the site root; baseUrl adds the sub-path the site is served from.
    await pf.options({ excerptLength: 24, baseUrl: base });
    await pf.init();
    return pf;
  });
  return pagefindPromise;
}

/** The glossary entries a query names exactly (a term or an alias), from the one small shard it needs. */
async function glossaryCardsFor(base: string, query: string): Promise<GlossaryCard[]> {
  const name = normalizeTerm(query);
  if (name.length < 2) return [];
  const shard = glossaryShard(name);
  let names = glossaryShards.get(shard);
  if (!names) {
    names = fetch(`${base}${langPrefix}glossary/search-${shard}.json`)
      .then((r) => (r.ok ? r.json() : {}))
      .catch(() => ({}));
    glossaryShards.set(shard, names);
  }
  return (await names)[name] ?? [];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind escapes page text and adds only <mark> tags, so its excerpts can be set as HTML. */
function excerptParagraph(html: string) {
  const p = el('p', 'search-excerpt');
  p.innerHTML = html;
  return p;
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = el('li');
  const link = el('a', 'search-title', result.meta.title ?? result.url);
  link.href = result.url;
  item.append(link);
  const section = result.filters.section?.[0];
  if (section) item.append(el('span', 'search-section', section));
  const { excerpt, sections } = chooseSubResults(result.url, result.excerpt, result.sub_results ?? []);
  item.append(excerptParagraph(excerpt));
  if (sections.length) {
    const list = el('ul', 'search-sub');
    list.setAttribute('aria-label', fill(words.matchingParts, { title: result.meta.title ?? words.thisArticle }));
    for (const sub of sections) {
      const subItem = el('li');
      const subLink = el('a', undefined, sub.title);
      subLink.href = sub.url;
      subItem.append(subLink, excerptParagraph(sub.excerpt));
      list.append(subItem);
    }
    item.append(list);
  }
  return item;
}

function definitionCard(cards: GlossaryCard[], base: string): HTMLElement[] {
  return cards.map((card) => {
    const p = el('p');
    const link = el('a', undefined, fill(words.inGlossary, { term: card.term }));
    link.href = `${base}${langPrefix}glossary/#${card.id}`;
    p.append(el('strong', undefined, `${card.term}: `), `${card.short} `, link);
    return p;
  });
}

/** Wires one search form: the input, the filter area, the status line and the results list inside `root`. */
export async function attachSearch(root: HTMLElement, options: { base: string; updateUrl: boolean }) {
  const input = find<HTMLInputElement>(root, 'input[type="search"]');
  const filterArea = find<HTMLElement>(root, '[data-search-filters]');
  const status = find<HTMLElement>(root, '[data-search-status]');
  const definition = find<HTMLElement>(root, '[data-search-definition]');
  const list = find<HTMLOListElement>(root, '[data-search-results]');
  const more = find<HTMLButtonElement>(root, '[data-search-more]');
  // On the search page, a linked or bookmarked search (?q=) runs as soon as search is ready.
  if (options.updateUrl) input.value = queryFromSearch(location.search);

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(options.base);
  } catch {
    status.textContent = words.unavailable;
    return;
  }

  const filters = await pagefind.filters();
  const fromUrl = options.updateUrl ? filtersFromSearch(location.search, Object.keys(filters)) : {};
  filterArea.replaceChildren(
    ...Object.entries(filters).map(([name, values]) => {
      const fieldset = el('fieldset');
      fieldset.append(el('legend', undefined, words.filters[name] ?? name));
      for (const value of Object.keys(values).sort()) {
        const label = el('label');
        const box = el('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        box.checked = fromUrl[name]?.includes(value) ?? false;
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
  let pending: PagefindResult[] = [];

  /**
   * Fetches the next page of results and appends each as soon as it and those above it are in, so the first
   * result shows without waiting for the slowest fragment and nothing already shown moves. `beforeFirst`
   * gives what to do just before the first new result goes in (it may still be loading while the fragments
   * are fetched). Returns the first new item.
   */
  const showMore = async (id: number, beforeFirst?: Promise<() => void>) => {
    const page = pending.slice(0, RESULTS_PAGE_SIZE);
    pending = pending.slice(page.length);
    const loading = page.map((r) => r.data());
    const prepare = await beforeFirst;
    let first: HTMLLIElement | undefined;
    for (const data of loading) {
      const result = await data;
      if (id !== runId) return undefined;
      const item = resultItem(result);
      if (!first) prepare?.();
      list.append(item);
      first ??= item;
    }
    more.hidden = pending.length === 0;
    return first;
  };

  const run = async () => {
    const id = ++runId;
    const query = input.value.trim();
    const picked = selection();
    if (options.updateUrl) history.replaceState(null, '', searchUrl(location.pathname, query, picked));
    if (!query) {
      list.replaceChildren();
      definition.replaceChildren();
      definition.hidden = true;
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const pagefindOptions = { filters: pagefindFilters(picked) };
    // While the debounce waits, fetch the index chunks for these words and, once they are in and no newer
    // query has come, rank the pages (in Pagefind's worker, off the page's thread). That downloads nothing
    // more; only the query still standing when the debounce ends fetches its results' fragments.
    const ranked = pagefind
      .preload(query, pagefindOptions)
      .then(() => (id === runId ? pagefind.search(query, pagefindOptions) : null))
      .catch(() => null);
    await delay(DEBOUNCE_MS);
    if (id !== runId) return; // a newer query superseded this one
    // The glossary shard too is fetched only for the query standing when typing pauses, alongside the results.
    const cards = glossaryCardsFor(options.base, query);
    // A failed chunk fetch is tried once more by the search itself.
    const search = (await ranked) ?? (await pagefind.search(query, pagefindOptions));
    if (id !== runId) return;
    pending = search.results;
    const showSummary = (found: GlossaryCard[]) => {
      list.replaceChildren();
      more.hidden = true;
      definition.replaceChildren(...definitionCard(found, options.base));
      definition.hidden = found.length === 0;
      status.textContent = resultsSummary(words, search.results.length, query);
    };
    // The definition goes in with the first result, above it, so it never pushes shown results down. Its
    // shard (a kilobyte or so) comes in parallel with the first result's fragment.
    const summary = cards.then((found) => () => showSummary(found));
    if (pending.length > 0) await showMore(id, summary);
    else {
      const show = await summary;
      if (id === runId) show();
    }
  };

  // A second click while a page is still coming in would interleave the two pages, so it does nothing.
  let moreLoading = false;
  more.addEventListener('click', async () => {
    if (moreLoading) return;
    moreLoading = true;
    try {
      const first = await showMore(runId);
      // Keyboard and screen reader users continue from the first new result.
      first?.querySelector('a')?.focus();
    } finally {
      moreLoading = false;
    }
  });
  input.addEventListener('input', run);
  filterArea.addEventListener('change', run);
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  if (input.value) run();
}

/**
 * Builds the header's search dialog inside `host` (<site-search>), once its styles apply, and wires it.
 * The host's link to the search page gives the form's action and the site's base path ("<base>search/").
 */
export async function buildSearchDialog(host: HTMLElement): Promise<HTMLDialogElement> {
  const action = host.querySelector('a')?.getAttribute('href') ?? '/search/';
  await stylesReady;
  host.insertAdjacentHTML('beforeend', searchDialogHtml(action, words));
  const dialog = host.querySelector('dialog');
  if (!dialog) throw new Error('The search dialog was not built (see search-form-html.ts).');
  dialog.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
  // Clicking the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // The site's base (where Pagefind's files are) is the action's path without "<lang>/search/".
  void attachSearch(dialog, { base: action.slice(0, action.length - `${langPrefix}search/`.length), updateUrl: false });
  return dialog;
}
