/**
 * "Cite this page": the article itself as a CSL-JSON web page (title, the site as publisher, the
 * last-reviewed date as its date, the canonical URL), formatted by citation-js, the library that
 * formats the bibliography, as APA 7, BibTeX and RIS (the APA entry through a cached pattern, below). Runs at
 * build time only: the article pages get the formatted text as HTML and no JavaScript.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

export interface CitablePage {
  /** The article id, "what-heals/empathy"; becomes the BibTeX key "htw-what-heals-empathy". */
  id: string;
  title: string;
  lastReviewed: Date;
  /** Absolute canonical URL. */
  url: string;
  siteTitle: string;
  /** The citation-js (CSL) locale the APA entry is written in, e.g. "es-ES" (LANGUAGES in src/i18n/languages.mjs). */
  locale: string;
}

/**
 * The site is the publisher and is not named a second time as the website: APA 7 drops the site name when it is the same as
 * the author, and citation-js's APA style names the publisher in the author's place when there is none.
 */
export function pageCsl(page: CitablePage): Record<string, unknown> {
  const date = page.lastReviewed;
  return {
    id: `htw-${page.id.replace(/[^a-z0-9]+/gi, '-')}`,
    type: 'webpage',
    title: page.title,
    publisher: page.siteTitle,
    issued: { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] },
    URL: page.url,
  };
}

export interface PageCitation {
  /** APA 7 as HTML (the title in <i>), the inner content of citation-js's entry. */
  apaHtml: string;
  bibtex: string;
  ris: string;
}

export function citePage(page: CitablePage): PageCitation {
  const cite = new Cite(pageCsl(page));
  plugins.config.get('@bibtex').format.useIdAsLabel = true;
  return {
    apaHtml: apaFromPattern(page) ?? formatApaDirect(page),
    bibtex: (cite.format('bibtex') as string).trim(),
    ris: (cite.format('ris') as string).trim(),
  };
}

/** The APA entry formatted by citation-js (citeproc) itself: the output of record, ~3 ms a page. */
export function formatApaDirect(page: CitablePage): string {
  const apa = new Cite(pageCsl(page)).format('bibliography', { format: 'html', template: 'apa', lang: page.locale });
  return (apa as string).replace(/^\s*<div class="csl-bib-body">\s*<div[^>]*>|<\/div>\s*<\/div>\s*$/g, '').trim();
}

/*
 * The fast path, so that the build does not pay citeproc's ~3 ms on every article. From page to page the APA
 * entry differs mostly in the title and the URL, which citeproc writes as given when they are plain text
 * (escaping "&"). So citation-js formats the entry once per locale, site title, date and the punctuation at
 * either end of the title, with stand-ins for the title and URL, and each page's own are put in their place.
 * The end punctuation is in the key because citeproc merges it with its own: "Why?" is followed by no period,
 * "Empathy" and "Wait…" are. tests/lib/cite-page.test.ts compares the two paths on every article title.
 */

// Letters (Latin, with accents), digits and the punctuation below pass through citeproc unchanged, and so does
// an apostrophe inside a word (always written "’"). Anything else goes to citeproc: quotes (it writes the
// locale's quote marks and moves punctuation inside them), "<" (it reads <i>, <sup>… as markup), superscript
// letters such as "ª" (it writes <sup>a</sup>), runs of spaces (it writes a no-break space).
const LETTER = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u017F';
const PUNCTUATION = ',.:;?!¿¡()\\[\\]/&…\\-\\u2013\\u2014';
/** Leading punctuation; the text from the first letter to the last; trailing punctuation. */
const PLAIN_TITLE = new RegExp(
  `^([${PUNCTUATION}]*)` +
    `([${LETTER}](?:(?:[${LETTER}${PUNCTUATION}]| (?! )|(?<=[${LETTER}])['’](?=[${LETTER}]))*[${LETTER}])?)` +
    `([${PUNCTUATION}]*)$`,
  'u',
);
/** A URL as new URL().href writes a page's: no quotes, spaces or angle brackets. */
const PLAIN_URL = /^https?:\/\/[\w\-.~:/?#[\]@!$&()*+,;=%]+$/;
// Mixed case, so that a change of case by citeproc would show: then the slot is not found and the key goes to
// citeproc every time.
const TITLE_SLOT = 'zTitlez';
const URL_SLOT = 'zUrlz';
const SLOTS = new RegExp(`${TITLE_SLOT}|${URL_SLOT}`, 'g');
/** Per key, the entry with slots, or null where citeproc did not keep the slots as written. */
const apaPatterns = new Map<string, string | null>();

/** The APA entry from the cached pattern, or undefined where the page needs citeproc itself. */
export function apaFromPattern(page: CitablePage): string | undefined {
  const title = PLAIN_TITLE.exec(page.title);
  if (!title || !PLAIN_URL.test(page.url)) return undefined;
  const [, lead, text, trail] = title;
  const key = JSON.stringify([page.locale, page.siteTitle, pageCsl(page).issued, lead, trail]);
  let pattern = apaPatterns.get(key);
  if (pattern === undefined) {
    const entry = formatApaDirect({ ...page, title: `${lead}${TITLE_SLOT}${trail}`, url: URL_SLOT });
    const once = (slot: string) => entry.split(slot).length === 2;
    pattern = once(TITLE_SLOT) && once(URL_SLOT) ? entry : null;
    apaPatterns.set(key, pattern);
  }
  if (pattern === null) return undefined;
  // One pass over the pattern, so a slot's text in the title or URL is never read as a slot; escaped as
  // citeproc's HTML output escapes text.
  const escape = (s: string) => s.replace(/&/g, '&#38;');
  return pattern.replace(SLOTS, (slot) => escape(slot === TITLE_SLOT ? text.replace(/'/g, '’') : page.url));
}
