/** Loads the articles once per build, after the whole-collection checks (see checkArticleLinks). */
import { getCollection } from 'astro:content';
import { checkArticleLinks, sortArticles, type ArticleEntry } from './articles';

let cached: Promise<ArticleEntry[]> | undefined;

export function allArticles(): Promise<ArticleEntry[]> {
  cached ??= getCollection('articles').then((articles) => {
    checkArticleLinks(articles);
    return sortArticles(articles);
  });
  return cached;
}
