/**
 * The page's language and its words. Every component asks here: `const t = strings(pageLang(Astro.url))`.
 * English pages sit at the root, every other language under /<code>/ (src/i18n/languages.mjs).
 */
import { DEFAULT_LANG, LANGUAGE_CODES, localeOf, type Lang } from './languages.mjs';
import type { Localized } from './format';
import { en, type Strings } from './strings/en';
import { es } from './strings/es';

const STRINGS: Record<Lang, Strings> = { en, es };

export { around, fill, formatPercent, type Localized } from './format';
export { localeOf } from './languages.mjs';
export type { Lang, Strings };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

/** A widget's client-side words for its `data-messages`, with the locale its numbers are written in. */
export function localized<T extends object>(messages: T, lang: Lang): Localized<T> {
  return { ...messages, locale: localeOf(lang) };
}

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A page's path without the base: "/es/starting-therapy/" under BASE=/sub/ from "/sub/es/starting-therapy/". */
function siteRelative(pathname: string): string {
  return pathname.startsWith(BASE) ? `/${pathname.slice(BASE.length)}` : pathname;
}

/** The language of the page at `url`, from its first path segment. */
export function pageLang(url: URL): Lang {
  const first = siteRelative(url.pathname).split('/')[1];
  return LANGUAGE_CODES.find((code) => code === first && code !== DEFAULT_LANG) ?? DEFAULT_LANG;
}

/** A site path (without base) in a language: localePath("/glossary/", "es") -> "/es/glossary/". */
export function localePath(path: string, lang: Lang): string {
  return lang === DEFAULT_LANG ? path : `/${lang}${path}`;
}

/** The language-neutral path of a page: "/es/glossary/" -> "/glossary/" (without base). */
export function neutralPath(url: URL): string {
  const path = siteRelative(url.pathname);
  const lang = pageLang(url);
  return lang === DEFAULT_LANG ? path : path.slice(lang.length + 1);
}
