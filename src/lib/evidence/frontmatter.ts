/**
 * The prose fields of an article's (or glossary entry's) frontmatter as blocks for the numbers rule,
 * with the source line of each part. Read from the raw file so that line numbers are right.
 *
 * Summary, description, key takeaways and the quiz (question, the right option and explanation) cannot
 * carry a <Cite>, so any source the article cites may back them. Wrong quiz options are not checked:
 * the quiz itself marks them false. An approach page's `typicalSessions.text` and each
 * `strongestEvidence[].condition` are checked against their own `cite` lists.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { ProseBlock, Segment } from './blocks.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;

export interface Frontmatter {
  /** The parsed values. */
  data: Record<string, unknown>;
  /** Blocks for the fields the numbers rule reads; `cited` is filled by `frontmatterBlocks`. */
  fields: { path: string; text: string; segments: Segment[]; cite?: string[] }[];
}

/** Maps the folded or multi-line text of a YAML string back to the raw lines it came from. */
function segmentsFor(raw: string, node: YamlNode, text: string, lines: LineCounter, lineOffset: number): Segment[] {
  const [start, end] = node.range ?? [0, 0];
  const first = lines.linePos(start).line + lineOffset;
  const segments: Segment[] = [{ offset: 0, line: first }];
  let searchFrom = 0;
  raw
    .slice(start, end)
    .split('\n')
    .forEach((rawLine, i) => {
      const words = rawLine
        .trim()
        .replace(/^[>|][-+]?$/, '')
        .replace(/^["']|["']$/g, '');
      if (i === 0 || !words) return;
      const found = text.indexOf(words.slice(0, 20), searchFrom);
      if (found < 0) return;
      segments.push({ offset: found, line: first + i });
      searchFrom = found;
    });
  return segments;
}

/** Parses the frontmatter of a raw .md/.mdx file; undefined when there is none. */
export function readFrontmatter(source: string): Frontmatter | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  const yamlText = match[1];
  const lines = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: lines });
  const data = (document.toJS() ?? {}) as Record<string, unknown>;
  const fields: Frontmatter['fields'] = [];
  // The YAML starts on line 2, after the opening ---.
  const lineOffset = 1;

  const add = (path: string, node: unknown, cite?: string[]) => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    fields.push({ path, text: node.value, segments: segmentsFor(yamlText, node, node.value, lines, lineOffset), cite });
  };
  const get = (node: unknown, key: string | number): unknown =>
    isMap(node) || isSeq(node) ? node.get(key, true) : undefined;
  const items = (node: unknown): unknown[] => (isSeq(node) ? node.items : []);
  const ids = (node: unknown): string[] => items(node).flatMap((n) => (isScalar(n) ? [String(n.value)] : []));

  const root = document.contents;
  add('description', get(root, 'description'));
  add('summary', get(root, 'summary'));
  add('short', get(root, 'short'));
  items(get(root, 'keyTakeaways')).forEach((n, i) => add(`keyTakeaways[${i}]`, n));
  items(get(root, 'quiz')).forEach((question, i) => {
    add(`quiz[${i}].question`, get(question, 'question'));
    const answer = get(question, 'answer');
    const right = isScalar(answer) && typeof answer.value === 'number' ? answer.value : -1;
    add(`quiz[${i}].options[${right}]`, get(get(question, 'options'), right));
    add(`quiz[${i}].explanation`, get(question, 'explanation'));
  });
  const approach = get(root, 'approach');
  for (const key of ['coreIdea', 'structure', 'homework']) add(`approach.${key}`, get(approach, key));
  const sessions = get(approach, 'typicalSessions');
  add('approach.typicalSessions.text', get(sessions, 'text'), ids(get(sessions, 'cite')));
  items(get(approach, 'strongestEvidence')).forEach((item, i) =>
    add(`approach.strongestEvidence[${i}].condition`, get(item, 'condition'), ids(get(item, 'cite'))),
  );
  return { data, fields };
}

/** Ids cited in frontmatter lists of an approach page (they count as cited by the article). */
export function frontmatterCites(frontmatter: Frontmatter): string[] {
  return frontmatter.fields.flatMap((f) => f.cite ?? []);
}

/** The frontmatter's blocks; fields without their own `cite` may rely on any of `articleCited`. */
export function frontmatterBlocks(frontmatter: Frontmatter, articleCited: readonly string[]): ProseBlock[] {
  return frontmatter.fields.map((field) => ({
    where: field.path,
    text: field.text,
    cited: field.cite ?? [...articleCited],
    segments: field.segments,
  }));
}
