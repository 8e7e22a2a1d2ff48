/**
 * Translations never fall behind silently: each translated article records the English version it follows
 * (translationOf.lastReviewed), and this fails as soon as the English article is reviewed after it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LANGUAGE_CODES, DEFAULT_LANG } from '../../src/i18n/languages.mjs';
import { staleTranslations, translationProblems } from '../../src/lib/translations';
import { ROOT } from '../helpers/paths';

const CONTENT = path.join(ROOT, 'content');

/** Articles of one content folder, as the collections see them: id, file and frontmatter dates. */
function articlesIn(folder: string) {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx') || file.endsWith('.md'))
    .map((file) => {
      const text = readFileSync(path.join(folder, file), 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as {
        lastReviewed: string;
        translationOf?: { article: string; lastReviewed: string };
      };
      return {
        id: file.replace(/\.mdx?$/, '').replace(/\/index$/, ''),
        filePath: path.relative(ROOT, path.join(folder, file)),
        data: {
          lastReviewed: new Date(data.lastReviewed),
          translationOf: data.translationOf && {
            article: data.translationOf.article,
            lastReviewed: new Date(data.translationOf.lastReviewed),
          },
        },
      };
    });
}

const english = articlesIn(path.join(CONTENT, 'articles'));
const translations = LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANG).map(
  (code) => [code, articlesIn(path.join(CONTENT, code, 'articles'))] as const,
);

describe('translated articles', () => {
  it.each(translations)('%s: each follows an English article with the same id', (_code, translated) => {
    expect(translated.length).toBeGreaterThan(0);
    expect(translationProblems(translated, english)).toEqual([]);
  });

  it.each(translations)('%s: none follows an English version older than the English article', (_code, translated) => {
    expect(staleTranslations(translated, english)).toEqual([]);
  });

  it('notices a translation that has fallen behind, and one that names another article', () => {
    const original = { id: 'what-heals/empathy', data: { lastReviewed: new Date('2026-12-10') } };
    const translation = (article: string, followed: string) => ({
      id: 'what-heals/empathy',
      filePath: 'content/es/articles/what-heals/empathy.mdx',
      data: { translationOf: { article, lastReviewed: new Date(followed) } },
    });
    expect(staleTranslations([translation('what-heals/empathy', '2026-12-10')], [original])).toEqual([]);
    expect(staleTranslations([translation('what-heals/empathy', '2026-12-04')], [original])).toEqual([
      expect.stringMatching(/follows the English version of 2026-12-04, but what-heals\/empathy was reviewed on 2026-12-10/),
    ]);
    expect(translationProblems([translation('what-heals/mastery', '2026-12-10')], [original])).toEqual([
      expect.stringMatching(/translationOf\.article: "what-heals\/mastery" is not this file's own id/),
    ]);
    expect(translationProblems([{ ...translation('x', '2026-12-10'), data: {} }], [original])).toEqual([
      expect.stringMatching(/translationOf: missing/),
    ]);
  });
});
