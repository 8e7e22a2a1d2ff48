/**
 * "Cite this page" on every article: the three formats are citation-js's own output for the article as a
 * web page (checked for a known page from its frontmatter, independently of the site's code), they sit in
 * plain HTML, and the block brings no script with it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { strings } from '../../src/i18n';
import { builtPages, isArticle } from '../helpers/dist';
import { pageLangOf } from '../helpers/languages';
import { DIST, ROOT } from '../helpers/paths';

const articles = builtPages(DIST).filter(isArticle);
/** The text of a <pre><code> block (the HTML parser keeps a <pre>'s content as raw markup). */
const codeText = (pre: { text: string } | undefined) =>
  (pre?.text ?? '')
    .replace(/^<code>|<\/code>$/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const KNOWN = '/what-heals/empathy/';

describe('cite this page', () => {
  it.each(articles.map((p) => [p.url, p] as const))('%s: has the three formats and no script', (url, page) => {
    const block = page.root.querySelector('details.cite-page');
    const words = strings(pageLangOf(url)).article;
    expect(block?.querySelector('summary')?.text).toBe(words.citeThisPage);
    expect(block?.querySelectorAll('dt').map((dt) => dt.text)).toEqual([words.apa, 'BibTeX', 'RIS']);
    expect(block?.querySelectorAll('script')).toHaveLength(0);
    const canonical = page.root.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
    const reviewed = page.root.querySelector('time')?.getAttribute('datetime') ?? '';
    const [, bibtex, ris] = block?.querySelectorAll('dd') ?? [];
    expect(codeText(bibtex)).toContain(`url = {${canonical}}`);
    expect(codeText(ris).replace(/\n(?![A-Z][A-Z0-9] {2}- )/g, '')).toContain(`UR  - ${canonical}`);
    // The last-reviewed date, written as citation-js writes RIS dates (year/month/day/, no leading zeros).
    expect(codeText(ris)).toContain(`DA  - ${reviewed.split('-').map(Number).join('/')}/`);
  });

  it(`${KNOWN}: APA, BibTeX and RIS equal citation-js's own output for the page`, () => {
    const page = articles.find((p) => p.url === KNOWN);
    const source = readFileSync(path.join(ROOT, 'content/articles/what-heals/empathy.mdx'), 'utf8');
    const frontmatter = parseYaml(source.split(/^---$/m)[1]) as { title: string; lastReviewed: string | Date };
    const reviewed = new Date(frontmatter.lastReviewed);
    const csl = {
      id: 'htw-what-heals-empathy',
      type: 'webpage',
      title: frontmatter.title,
      publisher: 'How Therapy Works',
      issued: { 'date-parts': [[reviewed.getUTCFullYear(), reviewed.getUTCMonth() + 1, reviewed.getUTCDate()]] },
      URL: page?.root.querySelector('link[rel=canonical]')?.getAttribute('href'),
    };
    plugins.config.get('@bibtex').format.useIdAsLabel = true;
    const cite = new Cite(csl);
    const apa = cite.format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' }) as string;
    const [apaHtml, bibtex, ris] = page?.root.querySelectorAll('details.cite-page dd') ?? [];

    expect(apa).toContain(apaHtml.innerHTML);
    expect(apaHtml.text).toMatch(/^How Therapy Works\. \(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. Empathy\. https:\/\//);
    expect(codeText(bibtex)).toBe((cite.format('bibtex') as string).trim());
    expect(codeText(ris)).toBe((cite.format('ris') as string).trim());
  });
});
