// The site's languages: the one list that routes, content folders, search and the strings modules follow.
// Plain .mjs so that astro.config.mjs and the Markdown plugins can import it before Vite starts.

/** English first: it is served at the site's root; every other language under /<code>/. */
// `locale` formats names, lists, dates and numbers; `citationLocale` is the citation-js (CSL) locale that formats
// "Cite this page" (it ships en-US, es-ES and a few others). `decimal` and `group` are the separators the
// site writes numbers with in the language, where they differ from the locale's own: Spanish pages write
// "0.28" and "30 000" (src/lib/evidence/lexicon/es.ts), as the numbers rule reads them.
export const LANGUAGES = /** @type {const} */ ([
  { code: 'en', name: 'English', locale: 'en-GB', citationLocale: 'en-US', decimal: '.', group: ',' },
  { code: 'es', name: 'Español', locale: 'es', citationLocale: 'es-ES', decimal: '.', group: '\u00a0' },
]);

/** @typedef {(typeof LANGUAGES)[number]['code']} Lang */

/** @type {Lang} */
export const DEFAULT_LANG = 'en';

/** @type {Lang[]} */
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code);

/**
 * The locale a language's pages use for numbers, names, lists and dates, e.g. "en-GB" for "en".
 * @param {Lang} lang
 * @returns {string}
 */
export function localeOf(lang) {
  return LANGUAGES.find((l) => l.code === lang)?.locale ?? lang;
}

/**
 * The language of a content file, from where it sits: `content/<code>/...` for a translation,
 * anything else (`content/articles/...`) is English.
 * @param {string} filePath
 * @returns {Lang}
 */
export function contentLanguage(filePath) {
  const match = /(?:^|[\\/])content[\\/]([a-z]{2})[\\/]/.exec(filePath);
  const code = match?.[1];
  return LANGUAGE_CODES.find((c) => c === code && c !== DEFAULT_LANG) ?? DEFAULT_LANG;
}
