/**
 * Navigation over the articles collection: URLs, section listings, previous/next and related links,
 * and the integrity checks that need the whole collection (a related link must name a real article).
 */
import type { CollectionEntry } from 'astro:content';
import { SECTIONS, type SectionId } from '../schemas/sections';

/** An article in any language: English (`articles`) or a translation (`articles_es`). */
export type ArticleEntry = CollectionEntry<'articles'> | CollectionEntry<'articles_es'>;

/**
 * A section's own page comes from content/articles/<section>/index.mdx, which the glob loader gives the
 * id "<section>" (older loaders: "<section>/index"); every other article is "<section>/<slug>".
 */
export function isSectionIndex(id: string): boolean {
  return !id.includes('/') || id.endsWith('/index');
}

export function sectionIndexId(section: string, ids: Iterable<string>): string | undefined {
  for (const id of ids) if (id === section || id === `${section}/index`) return id;
  return undefined;
}

/** Root-relative path of an article (without the base): "/what-heals/empathy/" or "/what-heals/". */
export function articlePath(id: string): string {
  return `/${id.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');
}

/** The route params for the [...slug] page: "what-heals/empathy" or "what-heals". */
export function articleSlug(id: string): string {
  return id.replace(/\/index$/, '');
}

/** Articles sorted by section order, then `order`, then title. */
export function sortArticles<T extends { id: string; data: { section: string; order: number; title: string } }>(
  articles: T[],
): T[] {
  const sectionRank = (s: string) => SECTIONS.findIndex((x) => x.id === s);
  return [...articles].sort(
    (a, b) =>
      sectionRank(a.data.section) - sectionRank(b.data.section) ||
      a.data.order - b.data.order ||
      a.data.title.localeCompare(b.data.title),
  );
}

export function articlesInSection<T extends { id: string; data: { section: string; order: number; title: string } }>(
  articles: T[],
  section: SectionId,
): T[] {
  return sortArticles(articles.filter((a) => a.data.section === section && !isSectionIndex(a.id)));
}

/** Previous and next article in reading order across the whole site (section pages excluded). */
export function neighbours<T extends { id: string; data: { section: string; order: number; title: string } }>(
  articles: T[],
  id: string,
) {
  const ordered = sortArticles(articles.filter((a) => !isSectionIndex(a.id)));
  const i = ordered.findIndex((a) => a.id === id);
  return {
    previous: i > 0 ? ordered[i - 1] : undefined,
    next: i >= 0 && i < ordered.length - 1 ? ordered[i + 1] : undefined,
  };
}

/**
 * Checks what the schema cannot see on its own: a section index must sit in its section's folder and
 * every related link must name an existing article. Throws one error listing every problem by file and field.
 */
export function checkArticleLinks(
  articles: { id: string; filePath?: string; data: { section: string; related?: string[] } }[],
): void {
  const ids = new Set(articles.map((a) => a.id));
  const problems: string[] = [];
  for (const article of articles) {
    const file = article.filePath ?? article.id;
    const folder = article.id.split('/')[0];
    if (folder !== article.data.section) {
      problems.push(`${file}: section: "${article.data.section}" does not match its folder "${folder}/"`);
    }
    article.data.related?.forEach((target, i) => {
      if (!ids.has(target))
        problems.push(`${file}: related[${i}]: no article "${target}" (expected an id such as "what-heals/empathy")`);
    });
  }
  if (problems.length) throw new Error(`Content errors:\n  ${problems.join('\n  ')}`);
}

/** Minutes to read at about 220 words a minute, never less than 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
