import { describe, expect, it } from 'vitest';
import {
  articlePath,
  articleSlug,
  sectionIndexId,
  articlesInSection,
  checkArticleLinks,
  isSectionIndex,
  neighbours,
  readingMinutes,
  sortArticles,
} from '../../src/lib/articles';

const article = (id: string, order: number, related?: string[]) => ({
  id,
  filePath: `content/articles/${id}.mdx`,
  data: { section: id.split('/')[0], order, title: id, related },
});

describe('paths', () => {
  it('maps ids to URLs, with index files as section pages', () => {
    expect(articlePath('what-heals/empathy')).toBe('/what-heals/empathy/');
    expect(articlePath('what-heals/index')).toBe('/what-heals/');
    expect(articleSlug('what-heals/index')).toBe('what-heals');
    expect(isSectionIndex('brain/index')).toBe(true);
    expect(isSectionIndex('brain')).toBe(true);
    expect(articlePath('brain')).toBe('/brain/');
    expect(sectionIndexId('brain', ['brain/a', 'brain'])).toBe('brain');
    expect(sectionIndexId('brain', ['brain/a'])).toBeUndefined();
    expect(isSectionIndex('brain/brain-imaging')).toBe(false);
  });
});

describe('ordering', () => {
  const all = [
    article('brain/b', 2),
    article('what-heals/x', 5),
    article('brain/a', 1),
    article('brain/index', 0),
    article('foundations/f', 9),
  ];
  it('sorts by section order, then order', () => {
    expect(sortArticles(all).map((a) => a.id)).toEqual([
      'foundations/f',
      'what-heals/x',
      'brain/index',
      'brain/a',
      'brain/b',
    ]);
  });
  it('lists a section without its index page', () => {
    expect(articlesInSection(all, 'brain').map((a) => a.id)).toEqual(['brain/a', 'brain/b']);
  });
  it('finds previous and next across sections, skipping index pages', () => {
    expect(neighbours(all, 'brain/a').previous?.id).toBe('what-heals/x');
    expect(neighbours(all, 'brain/a').next?.id).toBe('brain/b');
    expect(neighbours(all, 'foundations/f').previous).toBeUndefined();
    expect(neighbours(all, 'brain/b').next).toBeUndefined();
  });
});

describe('checkArticleLinks', () => {
  it('accepts related links to real articles', () => {
    expect(() => checkArticleLinks([article('brain/a', 1, ['brain/b']), article('brain/b', 2)])).not.toThrow();
  });
  it('names the file and the field of a related link to a missing article', () => {
    expect(() => checkArticleLinks([article('brain/a', 1, ['brain/b', 'brain/nope'])])).toThrow(
      'content/articles/brain/a.mdx: related[1]: no article "brain/nope"',
    );
  });
  it('rejects an article whose section does not match its folder', () => {
    const misplaced = { ...article('brain/a', 1), data: { ...article('brain/a', 1).data, section: 'approaches' } };
    expect(() => checkArticleLinks([misplaced])).toThrow('section: "approaches" does not match its folder "brain/"');
  });
});

describe('readingMinutes', () => {
  it('rounds at 220 words a minute and never says zero', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
  });
});
