/** The review rule, in-process: every article reviewed, and lastReviewed is the newest review's date. */
import { describe, expect, it } from 'vitest';
import { reviewProblems } from '../../src/lib/reviews';

const article = (id: string, lastReviewed: string) => ({
  id,
  filePath: `content/articles/${id.includes('/') ? id : `${id}/index`}.mdx`,
  data: { lastReviewed: new Date(lastReviewed) },
});
const review = (file: string, target: string, reviewed: string) => ({
  id: file,
  filePath: `content/reviews/${file}.md`,
  data: { article: target, reviewed: new Date(reviewed) },
});

const empathy = article('what-heals/empathy', '2026-12-04');
const section = article('what-heals', '2026-12-04');

describe('reviewProblems', () => {
  it('accepts articles whose lastReviewed is their newest review', () => {
    const reviews = [
      review('what-heals/empathy-2025', 'what-heals/empathy', '2025-06-01'),
      review('what-heals/empathy', 'what-heals/empathy', '2026-12-04'),
      review('what-heals/index', 'what-heals', '2026-12-04'),
      review('glossary', 'glossary', '2026-12-04'),
    ];
    expect(reviewProblems([empathy, section], reviews)).toEqual([]);
  });

  it('names the article, its date, the review and the fix when lastReviewed is not the newest review', () => {
    const reviews = [review('what-heals/empathy', 'what-heals/empathy', '2026-12-04')];
    expect(reviewProblems([article('what-heals/empathy', '2026-11-26')], reviews)).toEqual([
      'content/articles/what-heals/empathy.mdx: lastReviewed: 2026-11-26, but its newest review ' +
        '(content/reviews/what-heals/empathy.md) is dated 2026-12-04; set lastReviewed: 2026-12-04.',
    ]);
  });

  it('fails an article without a review, naming the file to write', () => {
    expect(reviewProblems([empathy, section], [])).toEqual([
      'content/articles/what-heals/empathy.mdx: no review: a second reader checks every article; record the ' +
        'review in content/reviews/what-heals/empathy.md (see docs/article-standard.md).',
      'content/articles/what-heals/index.mdx: no review: a second reader checks every article; record the ' +
        'review in content/reviews/what-heals/index.md (see docs/article-standard.md).',
    ]);
  });

  it("names the translation's own review folder for a translated article", () => {
    const spanish = { ...empathy, filePath: 'content/es/articles/what-heals/empathy.mdx' };
    expect(reviewProblems([spanish], [])).toEqual([
      'content/es/articles/what-heals/empathy.mdx: no review: a second reader checks every article; record the ' +
        'review in content/es/reviews/what-heals/empathy.md (see docs/article-standard.md).',
    ]);
  });

  it('names a review of an article that does not exist', () => {
    const reviews = [
      review('what-heals/empathy', 'what-heals/empathy', '2026-12-04'),
      review('what-heals/empaty', 'what-heals/empaty', '2026-12-04'),
    ];
    expect(reviewProblems([empathy], reviews)).toEqual([
      'content/reviews/what-heals/empaty.md: article: no article "what-heals/empaty"; give the id of the article ' +
        'reviewed, e.g. "what-heals/empathy" (or "what-heals" for a section page).',
    ]);
  });
});
