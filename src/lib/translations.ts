/**
 * Translations follow English articles. Each translated article names the English article it follows and
 * that article's `lastReviewed` when it was translated (`translationOf`). The id is the same in every
 * language, so a page's other-language version is found by its path alone. Pure, so tests can prove the
 * rules without a build; src/lib/collections.ts runs the structural one while the site is assembled.
 */
import { articleSlug } from './articles';

interface EnglishLike {
  id: string;
  data: { lastReviewed: Date };
}
interface TranslationLike {
  id: string;
  filePath?: string;
  data: { translationOf?: { article: string; lastReviewed: Date } };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A translated article must follow an English article with the same id ("<section>" or "<section>/index" for a section page). */
export function translationProblems(translated: readonly TranslationLike[], english: readonly EnglishLike[]): string[] {
  const ids = new Set(english.map((a) => articleSlug(a.id)));
  const problems: string[] = [];
  for (const article of translated) {
    const file = article.filePath ?? article.id;
    const source = article.data.translationOf;
    if (!source) {
      problems.push(`${file}: translationOf: missing; add { article: "${article.id}", lastReviewed: <its date> }.`);
    } else if (articleSlug(source.article) !== articleSlug(article.id)) {
      problems.push(
        `${file}: translationOf.article: "${source.article}" is not this file's own id "${article.id}"; a ` +
          'translation keeps the English file name, so both languages share one path.',
      );
    } else if (!ids.has(articleSlug(source.article))) {
      problems.push(`${file}: translationOf.article: no English article "${source.article}".`);
    }
  }
  return problems;
}

/**
 * Translations that have fallen behind: the English article was reviewed after the version the translation
 * follows. Each needs its changes carried over, then its `translationOf.lastReviewed` moved up.
 */
export function staleTranslations(translated: readonly TranslationLike[], english: readonly EnglishLike[]): string[] {
  const englishById = new Map(english.map((a) => [articleSlug(a.id), a]));
  const stale: string[] = [];
  for (const article of translated) {
    const source = article.data.translationOf;
    const original = source && englishById.get(articleSlug(source.article));
    if (source && original && original.data.lastReviewed > source.lastReviewed) {
      stale.push(
        `${article.filePath ?? article.id}: follows the English version of ${day(source.lastReviewed)}, but ` +
          `${source.article} was reviewed on ${day(original.data.lastReviewed)}; carry its changes over and set ` +
          `translationOf.lastReviewed to ${day(original.data.lastReviewed)}.`,
      );
    }
  }
  return stale;
}
