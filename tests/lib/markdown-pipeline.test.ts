/**
 * The build's Markdown pipeline (src/plugins/index.ts) as a whole, run as Astro runs it: what every article
 * and glossary entry gets besides the checks (those have their own tests).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/plugins/compile';
import { ROOT } from '../helpers/paths';

const contentDir = path.join(ROOT, 'tests/fixtures/content/valid');
/** A glossary entry's body runs through the pipeline without the article rules. */
const html = (body: string, base = '/') =>
  compileContent(path.join(contentDir, 'glossary', 'empathy.md'), {
    contentDir,
    base,
    mdastPlugins: [],
    source: `---\nterm: Empathy\n---\n${body}\n`,
  }).code.trim();

describe('the Markdown pipeline', () => {
  it('sets prose with curly quotes and apostrophes, dashes and ellipses', () => {
    expect(html(`It's "plain" -- and 'single' --- too...`)).toBe('<p>It’s “plain” – and ‘single’ — too…</p>');
  });

  it('renders GFM tables', () => {
    expect(html('| a | b |\n| - | - |\n| 1 | 2 |')).toMatch(/<table>[\s\S]*<td>1<\/td>/);
  });

  it('gives root-relative links the base path when the site is hosted under one, and leaves others alone', () => {
    const links = '[a](/brain/) [b](https://example.org/) [c](/sub/brain/) [d](#x)';
    expect(html(links, '/sub/')).toContain('href="/sub/brain/"');
    expect(html(links, '/sub/')).not.toContain('href="/sub/sub/');
    expect(html(links, '/sub/')).toContain('href="https://example.org/"');
    expect(html(links, '/sub/')).toContain('href="#x"');
    expect(html(links, '/')).toContain('href="/brain/"');
  });

  it("runs the article rules and the numbers rule on an article, in the build's own plugin list", () => {
    const file = path.join(contentDir, 'articles/what-heals/empathy.mdx');
    const source = readFileSync(file, 'utf8');
    const built = compileContent(file, { contentDir, base: '/' });
    expect(built.frontmatter.citations).toEqual(expect.arrayContaining(['elliott2018']));
    const unbacked = `${source}\nEmpathy was studied in 123,456 clients <Cite id="elliott2018" />.\n`;
    expect(() => compileContent(file, { contentDir, base: '/', source: unbacked })).toThrow(
      /123,456.*not backed|not backed[\s\S]*123,456/,
    );
  });
});
