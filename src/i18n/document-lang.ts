/**
 * The language of the page a script runs on, from <html lang>: for code that loads on demand (the search
 * dialog, the quiz) and carries its words for every language, so that no page's first view carries them.
 */
import { DEFAULT_LANG, LANGUAGE_CODES, type Lang } from './languages.mjs';

export function documentLang(): Lang {
  const lang = document.documentElement.lang;
  return LANGUAGE_CODES.find((code) => code === lang) ?? DEFAULT_LANG;
}
