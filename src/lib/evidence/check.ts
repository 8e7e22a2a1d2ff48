/**
 * The numbers rule over one file: every statistic in a block must be backed (match.ts) by a figure in
 * the `finding` or `figures` of a source cited in that block; every `<Derived>` must name cited sources
 * and say how it was derived. Used by the Markdown plugin (build and dev overlay) and `npm run evidence`.
 */
import type { Lang } from '../../i18n/languages.mjs';
import { bodyBlocks, lineAt } from './blocks.ts';
import type { MdNode, ProseBlock } from './blocks.ts';
import { frontmatterBlocks, frontmatterCites, readFrontmatter } from './frontmatter.ts';
import { backs } from './match.ts';
import { sourceFigures } from './source-figures.ts';
import type { EvidenceSource } from './source-figures.ts';
import { extractStatistics } from './statistics.ts';
import type { Statistic } from './statistics.ts';

export interface EvidenceProblem {
  line: number;
  /** The statistic as written ("about 75%"), or the `<Derived>` at fault. */
  statistic: string;
  /** The block it is in ("paragraph", "summary", "quiz[2].explanation"). */
  where: string;
  /** The block's text, on one line. */
  block: string;
  /** Ids cited where the statistic stands. */
  cited: string[];
  /** What is wrong, when it is not "no cited source reports this figure". */
  reason?: string;
}

export type Sources = ReadonlyMap<string, EvidenceSource>;

/** Is a source's figure list cached per source object, so a build reads each finding once. */
const figureCache = new WeakMap<EvidenceSource, ReturnType<typeof sourceFigures>>();
function figuresOf(source: EvidenceSource) {
  let figures = figureCache.get(source);
  if (!figures) figureCache.set(source, (figures = sourceFigures(source)));
  return figures;
}

/** The statistics in one block, written in `lang`, that none of its cited sources backs. */
function checkBlock(block: ProseBlock, sources: Sources, lang: Lang): EvidenceProblem[] {
  const figures = block.cited.flatMap((id) => {
    const source = sources.get(id);
    return source ? figuresOf(source) : [];
  });
  // On one line, without the gaps left where a <Cite> or link stood ("r = .31 ." -> "r = .31.").
  const oneLine = block.text
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:)])(?=\s|$)/g, '$1')
    .trim();
  return extractStatistics(block.text, lang)
    .filter((stat) => !figures.some((figure) => backs(stat, figure)))
    .map((stat) => ({
      line: lineAt(block, stat.index),
      statistic: stat.text === stat.written ? stat.text : `${stat.written} (in "${stat.text}")`,
      where: block.where,
      block: oneLine,
      cited: block.cited,
      ...(stat.misformatted ? { reason: `${stat.misformatted}.` } : {}),
    }));
}

/**
 * For figures outside articles (widget data): the statistics in `statement` that none of `cited` backs.
 * Write the data as a short statement the way an article would ("r = .29, d = .61, 53 studies"), in the
 * widget's language (`lang`, English unless said: "r = .29, 53 estudios").
 */
export function unbackedStatistics(
  statement: string,
  cited: readonly EvidenceSource[],
  lang: Lang = 'en',
): Statistic[] {
  const figures = cited.flatMap(figuresOf);
  return extractStatistics(statement, lang).filter((stat) => !figures.some((figure) => backs(stat, figure)));
}

export interface FileInput {
  /** The raw file, frontmatter included (for frontmatter fields and their lines). */
  source: string;
  /** The parsed MDX/Markdown body. */
  tree: MdNode;
  sources: Sources;
  /** A glossary entry: its numbers are checked against its frontmatter `sources`. */
  glossary?: boolean;
  /**
   * The language the file is written in (from its folder: `contentFile` in src/lib/content-file.ts);
   * English unless said. Its words are read with that language's lexicon; sources are English as always.
   */
  lang?: Lang;
}

/** Every numbers-rule problem in one article or glossary entry, in line order. */
export function checkFile({ source, tree, sources, glossary = false, lang = 'en' }: FileInput): EvidenceProblem[] {
  const body = bodyBlocks(tree, lang);
  const frontmatter = readFrontmatter(source);
  const glossarySources =
    glossary && Array.isArray(frontmatter?.data.sources) ? frontmatter.data.sources.map(String) : [];
  const articleCited = [
    ...new Set([...body.cited, ...(frontmatter ? frontmatterCites(frontmatter) : []), ...glossarySources]),
  ];
  const blocks = [...(frontmatter ? frontmatterBlocks(frontmatter, articleCited) : []), ...body.blocks];
  // In a glossary entry no block carries a <Cite>: the entry's `sources` back all of it.
  if (glossary) for (const block of blocks) block.cited = [...new Set([...block.cited, ...glossarySources])];

  const problems = blocks.flatMap((block) => checkBlock(block, sources, lang));
  for (const use of body.derived) {
    const from = (use.from ?? '').split(/[\s,]+/).filter(Boolean);
    const base = {
      line: use.line,
      statistic: `<Derived>${use.text}</Derived>`,
      where: 'Derived',
      block: use.text,
      cited: from,
    };
    if (from.length === 0)
      problems.push({ ...base, reason: 'needs from="ids": the sources the figure is derived from' });
    for (const id of from) {
      if (!sources.has(id)) problems.push({ ...base, reason: `from="${id}": no such entry in references.json` });
      else if (!articleCited.includes(id))
        problems.push({
          ...base,
          reason: `from="${id}": the article does not cite it; cite it where the figure's inputs are given`,
        });
    }
    if (!use.how?.trim())
      problems.push({ ...base, reason: 'needs how="...": a short plain statement of how the figure was derived' });
  }
  return problems.sort((a, b) => a.line - b.line);
}

const EXCERPT = 110;

/** "…the average treated client ended up better off than roughly 75% of…", around the statistic. */
export function excerpt(problem: EvidenceProblem): string {
  const text = problem.block;
  if (text.length <= EXCERPT) return text;
  const needle = problem.statistic.replace(/ \(in ".*"\)$/, '');
  const at = Math.max(0, text.indexOf(needle));
  const start = Math.max(0, Math.min(at - EXCERPT / 2, text.length - EXCERPT));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + EXCERPT).trim()}${start + EXCERPT < text.length ? '…' : ''}`;
}

/** One line per problem: `file:line  number  "block excerpt"  cited: [...]`. */
export function formatProblem(file: string, problem: EvidenceProblem): string {
  const cited = `cited: [${problem.cited.join(', ')}]`;
  const what = problem.reason ? `${problem.statistic}  ${problem.reason}` : problem.statistic;
  return `${file}:${problem.line}  ${what}  "${excerpt(problem)}"  ${cited}  (${problem.where})`;
}

export const HOW_TO_FIX =
  "Fix each number: add the figure to the source's `figures` in content/references.json after confirming it in the " +
  'source, cite the source that reports it in this block, write the figure as the ' +
  'source gives it (a rounded figure needs "about"; in Spanish "alrededor de"), or mark a computed figure <Derived from="ids" how="...">. ' +
  'See docs/numbers-rule.md.';

/** The whole report for one file, as the build error (or warning) shows it. */
export function formatFileReport(file: string, problems: readonly EvidenceProblem[]): string {
  return [
    `${file}: ${problems.length} number${problems.length === 1 ? '' : 's'} not backed by a source cited beside ${problems.length === 1 ? 'it' : 'them'} (the numbers rule):`,
    ...problems.map((p) => `  ${formatProblem(file, p)}`),
    HOW_TO_FIX,
  ].join('\n');
}
