/**
 * The review rule: every article has a second reader's review in content/reviews/, and its `lastReviewed`
 * is the date of its newest review, so "Last reviewed" on the page means what the fact-check page says.
 * Pure, so tests can prove it without a build; src/lib/collections.ts runs it while the site is assembled.
 */
import { DEFAULT_LANG, contentLanguage } from '../i18n/languages.mjs';
import { articleSlug, isSectionIndex } from './articles';

/** The target of a review that is not an article: the review of the glossary entries. */
export const GLOSSARY_REVIEW = 'glossary';

interface ArticleLike {
  id: string;
  filePath?: string;
  data: { lastReviewed: Date };
}
interface ReviewLike {
  id: string;
  filePath?: string;
  data: { article: string; reviewed: Date };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function reviewProblems(articles: readonly ArticleLike[], reviews: readonly ReviewLike[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map(articles.map((a) => [articleSlug(a.id), a]));
  const reviewsOf = new Map<string, ReviewLike[]>();
  for (const review of reviews) {
    const target = articleSlug(review.data.article);
    if (target === GLOSSARY_REVIEW) continue;
    if (!bySlug.has(target)) {
      problems.push(
        `${review.filePath ?? review.id}: article: no article "${review.data.article}"; give the id of the article ` +
          `reviewed, e.g. "what-heals/empathy" (or "what-heals" for a section page).`,
      );
      continue;
    }
    reviewsOf.set(target, [...(reviewsOf.get(target) ?? []), review]);
  }
  for (const [slug, article] of bySlug) {
    const file = article.filePath ?? article.id;
    const own = reviewsOf.get(slug) ?? [];
    if (own.length === 0) {
      // A translation's reviews sit beside its articles: content/<lang>/reviews/ for content/<lang>/articles/.
      const lang = contentLanguage(file);
      const folder = lang === DEFAULT_LANG ? 'content/reviews' : `content/${lang}/reviews`;
      problems.push(
        `${file}: no review: a second reader checks every article; record the review in ` +
          `${folder}/${isSectionIndex(article.id) ? `${slug}/index` : slug}.md (see docs/article-standard.md).`,
      );
      continue;
    }
    const newest = own.reduce((a, b) => (b.data.reviewed > a.data.reviewed ? b : a));
    if (day(article.data.lastReviewed) !== day(newest.data.reviewed))
      problems.push(
        `${file}: lastReviewed: ${day(article.data.lastReviewed)}, but its newest review ` +
          `(${newest.filePath ?? newest.id}) is dated ${day(newest.data.reviewed)}; set lastReviewed: ${day(newest.data.reviewed)}.`,
      );
  }
  return problems;
}
