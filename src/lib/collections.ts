/**
 * Loads the articles once per build, after the checks that need the whole site: related links
 * (checkArticleLinks), every bibliography entry cited by an article or a glossary entry, and every glossary
 * entry used (content-checks), and each article's lastReviewed matching its newest review (reviews).
 * Every page that lists or shows articles goes through here, so a broken rule fails the build and shows in
 * the dev server's overlay on any such page.
 */
import { getCollection } from 'astro:content';
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
import { contentUsage } from './usage';

let cached: Promise<ArticleEntry[]> | undefined;

export function allArticles(): Promise<ArticleEntry[]> {
  cached ??= (async () => {
    // Sorted first: the usage lists ("Cited in", "Used in") keep the site's reading order.
    const articles = sortArticles(await getCollection('articles'));
    checkArticleLinks(articles);
    const [usage, glossary, reviews] = await Promise.all([
      contentUsage(articles),
      getCollection('glossary'),
      getCollection('reviews'),
    ]);
    const bibliography = loadBibliography();
    failOnProblems([
      ...citationProblems(bibliography, [
        ...articles.map((a) => ({ file: a.filePath ?? a.id, ids: usage.citationsOf.get(a.id) ?? [] })),
        ...glossary.map((g) => ({ file: g.filePath ?? g.id, ids: g.data.sources ?? [] })),
      ]),
      ...bibliographyUseProblems(bibliography, citedSources(usage.citedBy.keys(), glossary)),
      ...glossaryUseProblems(glossary, new Set(usage.termsBy.keys())),
      ...reviewProblems(articles, reviews),
    ]);
    return articles;
  })();
  return cached;
}
