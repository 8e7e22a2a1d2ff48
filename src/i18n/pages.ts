/**
 * Which pages exist in which language, so that every page can link to its other-language versions
 * (hreflang alternates and the language switcher) and say so when there is none. A translated page has the
 * same path as its English page, under /<lang>/.
 */
import { DEFAULT_LANG, LANGUAGES, type Lang } from './languages.mjs';
import { articlePath } from '../lib/articles';
import { allArticles } from '../lib/collections';
import { SECTIONS } from '../schemas/sections';

/** The fixed pages of each translation: src/pages/<lang>/**.astro, except dynamic routes. */
const STATIC_PAGES = Object.keys(import.meta.glob('../pages/*/**/*.astro'));

function staticPaths(lang: Lang): string[] {
  const folder = `../pages/${lang}/`;
  return STATIC_PAGES.filter((file) => file.startsWith(folder) && !file.includes('['))
    .filter((file) => !file.endsWith('/404.astro'))
    .map((file) =>
      `/${file
        .slice(folder.length)
        .replace(/\.astro$/, '')
        .replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'),
    );
}

const cached = new Map<Lang, Promise<Set<string>>>();

/** Paths (language-neutral, without base) of the pages that exist in `lang` beyond English. */
export function translatedPaths(lang: Lang): Promise<Set<string>> {
  let paths = cached.get(lang);
  if (!paths) {
    paths = (async () => {
      const articles = await allArticles(lang);
      const sections = new Set(articles.map((a) => a.data.section));
      return new Set([
        ...staticPaths(lang),
        ...articles.map((a) => articlePath(a.id)),
        ...[...sections].map((s) => `/${s}/`),
      ]);
    })();
    cached.set(lang, paths);
  }
  return paths;
}

/** Whether the page at language-neutral `path` exists in `lang`. Every translated page has an English original. */
export async function existsIn(path: string, lang: Lang): Promise<boolean> {
  return lang === DEFAULT_LANG || (await translatedPaths(lang)).has(path);
}

/** The languages of the site with, for each, whether this page exists in it. */
export async function versionsOf(path: string) {
  return Promise.all(LANGUAGES.map(async (language) => ({ ...language, exists: await existsIn(path, language.code) })));
}

/** The sections with a page in `lang` (every section in English), in the site's order: for menus and lists. */
export async function sectionsIn(lang: Lang) {
  if (lang === DEFAULT_LANG) return [...SECTIONS];
  const paths = await translatedPaths(lang);
  return SECTIONS.filter((s) => paths.has(`/${s.id}/`));
}
