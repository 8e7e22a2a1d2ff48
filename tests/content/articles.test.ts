/**
 * The article standard (../shared/content-guide.md) for every article in content/, present and future:
 * a plain summary, a real body, enough distinct sources, only fully verified sources, and a glossary
 * whose entries are all used.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyText, citedKeys, readArticles, termIds } from '../../src/lib/article-source';
import { readingGrade, wordCount } from '../../src/lib/reading-level';
import { loadBibliography } from '../../src/lib/bibliography';
import { ROOT } from '../helpers/paths';

const CONTENT = path.join(ROOT, 'content');
const articles = readArticles(CONTENT);
const references = loadBibliography(path.join(CONTENT, 'references.json')).byId;

describe('every article', () => {
  it('exists (the site has content)', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  describe.each(articles.map((a) => [a.id, a] as const))('%s', (_id, article) => {
    const summary: string = article.frontmatter.summary ?? '';

    it('opens with a 40-90 word summary at school grade 9 or below', () => {
      expect(wordCount(summary)).toBeGreaterThanOrEqual(40);
      expect(wordCount(summary)).toBeLessThanOrEqual(90);
      expect(readingGrade(summary)).toBeLessThanOrEqual(9);
    });

    it('has a body of 900-1,800 words', () => {
      const words = wordCount(bodyText(article));
      expect(words).toBeGreaterThanOrEqual(900);
      expect(words).toBeLessThanOrEqual(1800);
    });

    it('cites at least 3 distinct sources', () => {
      expect(citedKeys(article).length).toBeGreaterThanOrEqual(3);
    });

    it('cites only sources whose details are fully verified', () => {
      const unverified = citedKeys(article).filter((id) => references.get(id)?.verified !== 'full');
      expect(unverified).toEqual([]);
    });

    it('has a self-check quiz unless it is a section page or study aid', () => {
      if (!article.id.includes('/') || article.id.endsWith('/index') || article.frontmatter.audience === 'students' && article.id.startsWith('foundations/')) return;
      expect(article.frontmatter.quiz?.length ?? 0).toBeGreaterThanOrEqual(3);
    });

    it('marks its examples as fictional callouts', () => {
      if (!article.id.includes('/') || article.id.endsWith('/index')) return;
      expect(article.body).toMatch(/<Callout kind="example"/);
    });
  });
});

describe('the glossary', () => {
  const entries = readdirSync(path.join(CONTENT, 'glossary')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
  const used = new Set(articles.flatMap(termIds));

  it('has an entry for every term an article uses', () => {
    expect([...used].filter((id) => !entries.includes(id))).toEqual([]);
  });

  it('has no entry that no article uses', () => {
    expect(entries.filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('the bibliography', () => {
  const cited = new Set(articles.flatMap(citedKeys));
  it('has every entry cited by an article, or flagged as background reading', () => {
    const idle = [...references.values()].filter((r) => !cited.has(r.id) && !r.background).map((r) => r.id);
    expect(idle).toEqual([]);
  });
  it('gives every entry what it found, how it was checked and where', () => {
    const incomplete = [...references.values()].filter((r) => !r.finding || !r.checked_at || !['full', 'partial'].includes(r.verified)).map((r) => r.id);
    expect(incomplete).toEqual([]);
  });
});
