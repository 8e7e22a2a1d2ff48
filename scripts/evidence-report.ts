/**
 * `npm run evidence [-- <file, folder, article id or section> ...]`: the content checks of the build over
 * every article and glossary entry, in every language, without an Astro build:
 * - the numbers rule (src/lib/evidence/), printing each unbacked number as
 *     file:line  number  "block excerpt"  cited: [...]  (block)
 * - the article rules the build's Markdown pipeline applies (src/plugins/content-refs.ts): the
 *   frontmatter schema of the file's language (summary, quiz, translationOf...), <Cite> and <Term> ids,
 *   at least three sources, a fictional example, the body's length;
 * - for each article, its summary's words and readability (Flesch-Kincaid grade in English, INFLESZ score
 *   and band in Spanish) and its body's words of prose, against its language's limits (ARTICLE_LIMITS).
 * Then a count per file and overall. Exits 1 when any rule is broken.
 *
 * Narrow it with file paths (`content/es/articles/starting-therapy/first-session.mdx`), folders
 * (`content/es`), article ids (`what-heals/empathy`, `es/what-heals/empathy`), sections (`approaches`,
 * `es/starting-therapy`) or `es` for every Spanish file.
 * HTW_CONTENT_DIR=/other/content points it at another content folder (e.g. a reviewer's worktree).
 * Runs on Node 24 directly (type stripping), so it needs no build step.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LANG, LANGUAGE_CODES } from '../src/i18n/languages.mjs';
import { contentFile } from '../src/lib/content-file.ts';
import { checkFile, formatProblem, HOW_TO_FIX } from '../src/lib/evidence/check.ts';
import { readFrontmatter } from '../src/lib/evidence/frontmatter.ts';
import type { MdNode } from '../src/lib/evidence/blocks.ts';
import { readEvidenceSources } from '../src/lib/evidence/sources-file.ts';
import { inflesz, infleszBand, readingGrade, wordCount } from '../src/lib/reading-level.ts';
import { contentTree } from '../src/plugins/compile.ts';
import { bodyWords, checkContentRefs } from '../src/plugins/content-refs.ts';
import {
  ARTICLE_LIMITS,
  bodyLengthProblem,
  summaryLengthProblem,
  summaryReadabilityProblem,
} from '../src/schemas/article.ts';

const contentDir = path.resolve(process.env.HTW_CONTENT_DIR ?? 'content');
const args = process.argv.slice(2);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => path.join(dir, f))
    .sort();
}

/** "what-heals/empathy", "glossary/empathy"; a translation's with its language first: "es/what-heals/empathy". */
function idOf(file: string): string {
  const { lang, inLanguage } = contentFile(contentDir, file);
  const id = inLanguage.replace(/\.mdx?$/, '').replace(/^articles\//, '');
  return lang === DEFAULT_LANG ? id : `${lang}/${id}`;
}

function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/** An argument selects a file or folder that exists, or else article ids: an id, a section, a language. */
function selects(arg: string, file: string): boolean {
  const asPath = path.resolve(arg);
  if (existsSync(asPath))
    return statSync(asPath).isDirectory() ? !path.relative(asPath, file).startsWith('..') : asPath === file;
  const id = arg.replace(/^\/+|\/+$/g, '').replace(/\.mdx?$/, '');
  return idOf(file) === id || idOf(file).startsWith(`${id}/`);
}

const sources = readEvidenceSources(contentDir);
const languageDirs = LANGUAGE_CODES.map((code) => (code === DEFAULT_LANG ? contentDir : path.join(contentDir, code)));
const files = languageDirs
  .flatMap((dir) => [...filesUnder(path.join(dir, 'articles')), ...filesUnder(path.join(dir, 'glossary'))])
  .filter((file) => args.length === 0 || args.some((arg) => selects(arg, file)));
if (files.length === 0) {
  console.error(`No article or glossary entry matches ${args.join(', ') || '(all)'} under ${contentDir}.`);
  process.exit(2);
}

/** The problems the build's article rules report for the file, one per line, given its parsed frontmatter as Astro gives it. */
function articleRuleProblems(file: string, source: string, tree: MdNode): string[] {
  const frontmatter = readFrontmatter(source)?.data ?? {};
  return checkContentRefs(tree as Parameters<typeof checkContentRefs>[0], { contentDir, filePath: file, frontmatter })
    .problems;
}

/** "summary: 58 words (40-100), INFLESZ 71.3 "bastante fácil" (65 or more)" and the body's words, each flagged. */
function measures(file: string, source: string, tree: MdNode): string[] {
  const { lang } = contentFile(contentDir, file);
  const limits = ARTICLE_LIMITS[lang];
  const summary = readFrontmatter(source)?.data.summary;
  const flag = (problem: string | undefined) => (problem ? `  BROKEN: ${problem}` : '  ok');
  const lines: string[] = [];
  if (typeof summary === 'string') {
    const words = wordCount(summary);
    const { min, max } = limits.summaryWords;
    lines.push(`summary: ${words} words (${min}-${max})${flag(summaryLengthProblem(summary, lang))}`);
    const readability = limits.summaryReadability;
    if (readability.measure === 'inflesz') {
      const score = inflesz(summary);
      lines.push(
        `summary: INFLESZ ${score.toFixed(1)} "${infleszBand(score)}" (${readability.minScore} or more, ` +
          `"${infleszBand(readability.minScore)}" or easier)${flag(summaryReadabilityProblem(summary, lang))}`,
      );
    } else {
      lines.push(
        `summary: Flesch-Kincaid grade ${readingGrade(summary).toFixed(1)} (${readability.maxGrade} or lower)` +
          flag(summaryReadabilityProblem(summary, lang)),
      );
    }
  } else {
    lines.push('summary: missing  BROKEN');
  }
  const words = bodyWords(tree as Parameters<typeof bodyWords>[0]);
  const { min, max } = limits.bodyWords;
  lines.push(`body: ${words} words of prose (${min}-${max})${flag(bodyLengthProblem(words, lang))}`);
  return lines;
}

const totals: { id: string; numbers: number; rules: number }[] = [];
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const { lang, inLanguage } = contentFile(contentDir, file);
  const glossary = inLanguage.startsWith('glossary/');
  const tree = contentTree(source, file.endsWith('.mdx'));
  const problems = checkFile({ source, tree, sources, glossary, lang });
  // Summary and body length are shown with their measures below; the rest of the plugin's report as it is.
  const rules = articleRuleProblems(file, source, tree).filter(
    (line) => !/^[^:]+(?::\d+)?: (?:summary|body): /.test(line),
  );
  const measured = glossary ? [] : measures(file, source, tree);
  const broken = measured.filter((line) => line.includes('BROKEN')).length;
  // A translation is always shown with its measures (writers run this on their files); English when asked or broken.
  if (lang !== DEFAULT_LANG || args.length > 0 || problems.length + rules.length + broken > 0) {
    if (measured.length || problems.length || rules.length) console.log(`${shown(file)} (${lang})`);
    for (const line of measured) console.log(`  ${line}`);
    for (const line of rules) console.log(`  ${line}`);
    for (const problem of problems) console.log(`  ${formatProblem(shown(file), problem)}`);
    if (measured.length || problems.length || rules.length) console.log('');
  }
  totals.push({ id: idOf(file), numbers: problems.length, rules: rules.length + broken });
}

const numbers = totals.reduce((sum, t) => sum + t.numbers, 0);
const rules = totals.reduce((sum, t) => sum + t.rules, 0);
console.log('Unbacked numbers and other broken rules per file:');
for (const t of totals)
  if (t.numbers + t.rules > 0 || args.length > 0)
    console.log(`  ${String(t.numbers).padStart(4)}  ${String(t.rules).padStart(4)}  ${t.id}`);
console.log(
  `  ${String(numbers).padStart(4)}  ${String(rules).padStart(4)}  in total, ${totals.filter((t) => t.numbers + t.rules > 0).length} of ${totals.length} files (content: ${contentDir})`,
);
if (numbers > 0) console.log(`\n${HOW_TO_FIX}`);
if (numbers + rules > 0) process.exitCode = 1;
