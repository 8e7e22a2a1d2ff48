/**
 * extractStatistics skips text with nothing a finder could start from (no digit, no number, fraction or
 * dozen in words). That quick check must never hide a statistic: over every block and frontmatter field of
 * every article and glossary entry, in each language, and over generated text, it finds what the full run finds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../../src/i18n/languages.mjs';
import { contentFile } from '../../../src/lib/content-file';
import { bodyBlocks } from '../../../src/lib/evidence/blocks';
import { readFrontmatter } from '../../../src/lib/evidence/frontmatter';
import { extractStatistics } from '../../../src/lib/evidence/statistics';
import { contentTree } from '../../../src/plugins/compile';
import { ROOT } from '../../helpers/paths';

const CONTENT = path.join(ROOT, 'content');
const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((f) => /^(?:[a-z]{2}\/)?(?:articles|glossary)\/.+\.mdx?$/.test(f.replace(/\\/g, '/')))
  .map((f) => path.join(CONTENT, f));

const texts = files.flatMap((file) => {
  const source = readFileSync(file, 'utf8');
  const { lang } = contentFile(CONTENT, file);
  return [
    ...bodyBlocks(contentTree(source, file.endsWith('.mdx')), lang).blocks.map((b) => b.text),
    ...(readFrontmatter(source)?.fields ?? []).map((f) => f.text),
  ].map((text) => ({ text, lang }));
});

describe('the quick check before the finders', () => {
  it('reads every article and glossary entry in every language', () => {
    expect(new Set(texts.map((t) => t.lang))).toEqual(new Set(LANGUAGE_CODES));
    expect(texts.length).toBeGreaterThan(3000);
  });

  it('hides no statistic in the real content', () => {
    const differ = texts.filter(
      ({ text, lang }) =>
        JSON.stringify(extractStatistics(text, lang)) !==
        JSON.stringify(extractStatistics(text, lang, { quickCheck: false })),
    );
    expect(differ).toEqual([]);
  });

  it('hides no statistic in generated text', () => {
    const words = [
      'half',
      'a dozen',
      'two-thirds',
      'one in five',
      'veinte',
      'la mitad',
      'r = .3',
      '5%',
      'CI',
      'of',
      'the',
      'patients',
      'studies',
      'about',
      'x',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 12 }),
        fc.constantFrom(...LANGUAGE_CODES),
        (parts, lang) => {
          const text = parts.join(' ');
          expect(extractStatistics(text, lang)).toEqual(extractStatistics(text, lang, { quickCheck: false }));
        },
      ),
    );
  });
});
