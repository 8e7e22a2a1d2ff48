/**
 * The markup of a search form, as HTML, in one place for its two users: SearchForm.astro renders it on the
 * search page, and the header's search dialog builds it when a reader first opens search, so that no page
 * carries an unopened dialog in its first view. search-ui.ts brings it to life.
 */
import type { SearchFormStrings } from '../../i18n/strings/search-form';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `id` keeps labels unique on a page; `action` is the search page's URL (the form works without JavaScript);
 * `words` are the page language's (src/i18n/strings/search-form.ts).
 */
export function searchFormHtml({
  id,
  action,
  words,
}: {
  id: string;
  action: string;
  words: SearchFormStrings;
}): string {
  const input = `${escapeAttribute(id)}-input`;
  return `<div class="search-form">
  <form role="search" action="${escapeAttribute(action)}" method="get">
    <label for="${input}" class="block font-semibold">${words.label}</label>
    <div class="flex gap-2 mt-1">
      <input id="${input}" name="q" type="search" autocomplete="off" class="w-full rounded-md border border-border bg-bg px-3 py-2">
      <button class="btn" type="submit">${words.submit}</button>
    </div>
  </form>
  <div data-search-filters class="search-filters"></div>
  <p data-search-status role="status" aria-live="polite" class="mt-3 text-muted"></p>
  <div data-search-definition class="search-definition" hidden></div>
  <ol data-search-results class="search-results"></ol>
  <button type="button" class="btn" data-search-more hidden>${words.more}</button>
</div>`;
}

/** The header's search dialog around a search form. */
export function searchDialogHtml(action: string, words: SearchFormStrings): string {
  return `<dialog aria-label="${words.dialog}" class="search-dialog">
  <div class="flex justify-end"><button type="button" class="btn" data-close-search>${words.close}</button></div>
  ${searchFormHtml({ id: 'dialog-search', action, words })}
</dialog>`;
}
