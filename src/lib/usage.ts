/**
 * Which articles use which glossary terms and cite which sources, computed from the Markdown plugin's
 * per-article lists, so the glossary and references pages never hold hand-typed backlinks.
 */
import { render } from 'astro:content';
import type { Lang } from '../i18n/languages.mjs';
import type { ArticleEntry } from './articles';

export interface Usage {
  termsBy: Map<string, ArticleEntry[]>;
  citedBy: Map<string, ArticleEntry[]>;
  /** Every id an article cites (body and approach block), by article id. */
  citationsOf: Map<string, string[]>;
}

const cached = new Map<Lang, Promise<Usage>>();

/** Usage within one language's articles (computed once per language per build). */
export function contentUsage(articles: ArticleEntry[], lang: Lang): Promise<Usage> {
  let usage = cached.get(lang);
  if (usage) return usage;
  usage = (async () => {
    const termsBy = new Map<string, ArticleEntry[]>();
    const citedBy = new Map<string, ArticleEntry[]>();
    const citationsOf = new Map<string, string[]>();
    const add = (map: Map<string, ArticleEntry[]>, key: string, article: ArticleEntry) => {
      const list = map.get(key) ?? [];
      if (!list.includes(article)) list.push(article);
      map.set(key, list);
    };
    for (const article of articles) {
      const { remarkPluginFrontmatter: fm } = await render(article);
      for (const id of (fm.terms as string[] | undefined) ?? []) add(termsBy, id, article);
      const approach = article.data.approach;
      const ids = [
        ...((fm.citations as string[] | undefined) ?? []),
        ...(approach ? [...approach.typicalSessions.cite, ...approach.strongestEvidence.flatMap((e) => e.cite)] : []),
      ];
      for (const id of ids) add(citedBy, id, article);
      citationsOf.set(article.id, [...new Set(ids)]);
    }
    return { termsBy, citedBy, citationsOf };
  })();
  cached.set(lang, usage);
  return usage;
}
