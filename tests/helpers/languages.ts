/** The site's languages as the tests see them: which language a built page is in, from its URL. */
import { DEFAULT_LANG, LANGUAGE_CODES, type Lang } from '../../src/i18n/languages.mjs';

/** "/es/glossary/" -> "es"; "/glossary/" and "/404.html" -> "en". */
export function pageLangOf(url: string): Lang {
  const first = url.split('/')[1];
  return LANGUAGE_CODES.find((code) => code !== DEFAULT_LANG && code === first) ?? DEFAULT_LANG;
}

/** The language-neutral path of a built page: "/es/glossary/" -> "/glossary/". */
export function neutralPathOf(url: string): string {
  const lang = pageLangOf(url);
  return lang === DEFAULT_LANG ? url : url.slice(lang.length + 1);
}
