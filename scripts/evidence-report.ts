/**
 * `npm run evidence [-- <article id or section> ...]`: the numbers rule over every article and glossary
 * entry, without an Astro build. Parses each file as the build does (remark + MDX + GFM + frontmatter)
 * and runs the very check the build runs (src/lib/evidence/), printing every problem as
 *   file:line  number  "block excerpt"  cited: [...]  (block)
 * then a count per file and overall. Exits 1 when any number is unbacked.
 *
 * HTW_CONTENT_DIR=/other/content points it at another content folder (e.g. a reviewer's worktree).
 * Runs on Node 24 directly (type stripping), so it needs no build step.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkFile, formatProblem, HOW_TO_FIX } from '../src/lib/evidence/check.ts';
import { parseContent } from '../src/lib/evidence/parse.ts';
import { readEvidenceSources } from '../src/lib/evidence/sources-file.ts';

const contentDir = path.resolve(process.env.HTW_CONTENT_DIR ?? 'content');
const filters = process.argv.slice(2).map((f) => f.replace(/^\/+|\/+$/g, '').replace(/\.mdx?$/, ''));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => path.join(dir, f))
    .sort();
}

/** "what-heals/empathy" for an article, "glossary/empathy" for a glossary entry. */
function idOf(file: string): string {
  const relative = path
    .relative(contentDir, file)
    .replace(/\\/g, '/')
    .replace(/\.mdx?$/, '');
  return relative.replace(/^articles\//, '');
}

function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

const sources = readEvidenceSources(contentDir);

const files = [
  ...filesUnder(path.join(contentDir, 'articles')),
  ...filesUnder(path.join(contentDir, 'glossary')),
].filter((file) => filters.length === 0 || filters.some((f) => idOf(file) === f || idOf(file).startsWith(`${f}/`)));
if (files.length === 0) {
  console.error(`No article or glossary entry matches ${filters.join(', ') || '(all)'} under ${contentDir}.`);
  process.exit(2);
}

const totals: [string, number][] = [];
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const glossary = idOf(file).startsWith('glossary/');
  const tree = parseContent(source, file.endsWith('.mdx'));
  const problems = checkFile({ source, tree, sources, glossary });
  for (const problem of problems) console.log(formatProblem(shown(file), problem));
  if (problems.length) console.log('');
  totals.push([idOf(file), problems.length]);
}

const total = totals.reduce((sum, [, n]) => sum + n, 0);
console.log('Unbacked numbers per file:');
for (const [id, n] of totals) if (n > 0 || filters.length > 0) console.log(`  ${String(n).padStart(4)}  ${id}`);
console.log(
  `  ${String(total).padStart(4)}  in total, ${totals.filter(([, n]) => n > 0).length} of ${totals.length} files (content: ${contentDir})`,
);
if (total > 0) {
  console.log(`\n${HOW_TO_FIX}`);
  process.exitCode = 1;
}
