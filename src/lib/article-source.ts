/**
 * Reads article source files for whole-site rules (reading level, sources per article, glossary use)
 * that are checked by the test suite rather than the schema. Pure Node: no Astro needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { splitIds } from './citation-order.mjs';

/** The raw frontmatter, as written (the schema checks it in the build): the fields these helpers read. */
interface RawFrontmatter {
  summary?: string;
  audience?: string;
  quiz?: unknown[];
  approach?: { typicalSessions?: { cite?: string[] }; strongestEvidence?: { cite?: string[] }[] };
  [field: string]: unknown;
}

export interface ArticleSource {
  id: string;
  file: string;
  frontmatter: RawFrontmatter;
  body: string;
}

export function readArticles(contentDir: string): ArticleSource[] {
  const base = path.join(contentDir, 'articles');
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((rel) => {
      const file = path.join(base, rel);
      const text = readFileSync(file, 'utf8');
      const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/);
      if (!match) throw new Error(`${file}: no frontmatter block`);
      return {
        id: rel
          .replace(/\.mdx?$/, '')
          .split(path.sep)
          .join('/'),
        file,
        frontmatter: parse(match[1]) ?? {},
        body: match[2],
      };
    });
}

/** Every citation key an article uses: in <Cite> tags and in its approach block. */
export function citedKeys(article: ArticleSource): string[] {
  const inBody = [...article.body.matchAll(/<Cite\s+id="([^"]*)"/g)].flatMap((m) => splitIds(m[1]));
  const approach = article.frontmatter.approach;
  const inFrontmatter: string[] = approach
    ? [...(approach.typicalSessions?.cite ?? []), ...(approach.strongestEvidence ?? []).flatMap((e) => e.cite ?? [])]
    : [];
  return [...new Set([...inBody, ...inFrontmatter])];
}

/** Glossary ids used with <Term id="...">. */
export function termIds(article: ArticleSource): string[] {
  return [...new Set([...article.body.matchAll(/<Term\s+id="([^"]*)"/g)].map((m) => m[1]))];
}

/** Prose words of the body: markup, SVG and JSX tags removed. */
export function bodyText(article: ArticleSource): string {
  return article.body
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_`>|[\]]/g, ' ');
}
