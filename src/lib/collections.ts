/**
 * Loads the articles of a language once per build, after the checks that need the whole site: related
 * links (checkArticleLinks), every bibliography entry cited by an article or a glossary entry, and every
 * glossary entry used (content-checks), and each article's lastReviewed matching its newest review (reviews).
 * A translation is held to the same rules against its own glossary and reviews, and each translated article
 * must follow an English article that exists. Every page that lists or shows articles goes through here, so
 * a broken rule fails the build and shows in the dev server's overlay on any such page.
 */
import { getCollection } from 'astro:content';
import { DEFAULT_LANG, type Lang } from '../i18n/languages.mjs';
import { checkArticleLinks, sortArticles, type ArticleEntry } from './articles';
import { loadBibliography } from './bibliography';
import {
  bibliographyUseProblems,
  citationProblems,
  citedSources,
  failOnProblems,
  glossaryUseProblems,
} from './content-checks';
import { reviewProblems } from './reviews';
import { translationProblems } from './translations';
import { contentUsage } from './usage';

/** Each language's collections (src/content.config.ts). */
export const COLLECTIONS = {
  en: { articles: 'articles', glossary: 'glossary', reviews: 'reviews' },
  es: { articles: 'articles_es', glossary: 'glossary_es', reviews: 'reviews_es' },
} as const satisfies Record<Lang, { articles: string; glossary: string; reviews: string }>;

export type GlossaryEntry = Awaited<ReturnType<typeof glossaryOf>>[number];

/** A language's glossary entries (same ids in every language). */
export function glossaryOf(lang: Lang) {
  return getCollection(COLLECTIONS[lang].glossary);
}

const cached = new Map<Lang, Promise<ArticleEntry[]>>();

export function allArticles(lang: Lang = DEFAULT_LANG): Promise<ArticleEntry[]> {
  let loaded = cached.get(lang);
  if (!loaded) {
    loaded = loadChecked(lang);
    cached.set(lang, loaded);
  }
  return loaded;
}

async function loadChecked(lang: Lang): Promise<ArticleEntry[]> {
  // Sorted first: the usage lists ("Cited in", "Used in") keep the site's reading order.
  const articles = sortArticles<ArticleEntry>(await getCollection(COLLECTIONS[lang].articles));
  checkArticleLinks(articles);
  const [usage, glossary, reviews] = await Promise.all([
    contentUsage(articles, lang),
    glossaryOf(lang),
    getCollection(COLLECTIONS[lang].reviews),
  ]);
  const bibliography = loadBibliography();
  const english = lang === DEFAULT_LANG;
  failOnProblems([
    ...citationProblems(bibliography, [
      ...articles.map((a) => ({ file: a.filePath ?? a.id, ids: usage.citationsOf.get(a.id) ?? [] })),
      ...glossary.map((g) => ({ file: g.filePath ?? g.id, ids: g.data.sources ?? [] })),
    ]),
    // Every source is cited somewhere in English; a translation need not cite them all.
    ...(english ? bibliographyUseProblems(bibliography, citedSources(usage.citedBy.keys(), glossary)) : []),
    ...glossaryUseProblems(glossary, new Set(usage.termsBy.keys())),
    ...reviewProblems(articles, reviews),
    ...(english ? [] : translationProblems(articles, await allArticles(DEFAULT_LANG))),
  ]);
  return articles;
}
