/**
 * The fast smart-punctuation plugin must print exactly what Astro's built-in smartypants (remark-smartypants)
 * prints: every article and glossary entry is compiled with each and the outputs compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import { describe, expect, it } from 'vitest';
import { remarkSmartPunctuation } from '../../src/plugins/remark-smart-punctuation.mjs';
import { ROOT } from '../helpers/paths';

const content = path.join(ROOT, 'content');
const files = readdirSync(content, { recursive: true, encoding: 'utf8' })
  .filter((f) => /^(articles|glossary)\/.*\.mdx?$/.test(f.split(path.sep).join('/')))
  .sort();

/** Compiles like Astro does (GFM, then smart punctuation), without front matter. */
const compiled = async (file: string, plugin: typeof remarkSmartPunctuation | typeof remarkSmartypants) =>
  String(
    await compile(readFileSync(path.join(content, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''), {
      format: file.endsWith('.mdx') ? 'mdx' : 'md',
      remarkPlugins: [remarkGfm, plugin],
    }),
  );

describe('smart punctuation', () => {
  it('has content to compare', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)('%s: same output as remark-smartypants', async (file) => {
    expect(await compiled(file, remarkSmartPunctuation)).toBe(await compiled(file, remarkSmartypants));
  });

  it('curls quotes across inline elements, and makes dashes and ellipses', async () => {
    const source = `"A *quoted* [link](/x/)," she said -- and it's done...\n\n'Single' quotes`;
    const out = String(await compile(source, { format: 'md', remarkPlugins: [remarkSmartPunctuation] }));
    expect(out).toContain('“A ');
    expect(out).toContain(',” she said — and it’s done…');
    expect(out).toContain('‘Single’ quotes');
  });
});
