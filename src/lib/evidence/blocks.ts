/**
 * Cutting an article's MDX tree (mdast) into the blocks the numbers rule checks, each with its text,
 * the sources cited in it, and where its lines are. Shared by the Markdown plugin and the report command,
 * so both see exactly the same blocks.
 *
 * A block is a paragraph, a list item (its own paragraphs, not a nested list), a table row, or a
 * paragraph in a blockquote or callout. Two blocks may lean on a neighbour's citations, because they
 * continue it: a callout or blockquote paragraph with no citation of its own relies on those elsewhere in
 * the same callout, and a list item with none relies on the paragraph that introduces the list when that
 * paragraph ends with a colon ("A meta-analysis of 38 studies found that IPT <Cite />:"). Skipped: headings, code, `<Callout kind="example">` (fiction),
 * `<Diagram>` (SVG labels), link text (titles of works and pages), and what is inside `<Derived>`.
 */

import type { Lang } from '../../i18n/languages.mjs';
import { lexiconOf } from './lexicon/index.ts';

/** The few mdast/MDX node fields we read. */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; offset?: number }; end: { line: number } };
}

/** A stretch of block text and the source line it starts on. */
export interface Segment {
  offset: number;
  line: number;
}

export interface ProseBlock {
  /** Where the block is, for people: "paragraph", "list item", "summary", "quiz[1].explanation". */
  where: string;
  text: string;
  /** Bibliography ids cited in the block (for frontmatter fields: every source the article cites). */
  cited: string[];
  segments: Segment[];
}

/** A `<Derived>` in the body: checked for `from` and `how`. */
export interface DerivedUse {
  from?: string;
  how?: string;
  text: string;
  line: number;
}

export interface BodyBlocks {
  blocks: ProseBlock[];
  /** Every id cited anywhere in the body. */
  cited: string[];
  derived: DerivedUse[];
}

/** The line of `offset` in a block's text. */
export function lineAt(block: ProseBlock, offset: number): number {
  let segment = block.segments[0] ?? { offset: 0, line: 1 };
  for (const s of block.segments) if (s.offset <= offset) segment = s;
  const between = block.text.slice(segment.offset, offset);
  return segment.line + (between.match(/\n/g)?.length ?? 0);
}

function attribute(node: MdNode, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

function splitIds(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

const isJsx = (node: MdNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Builds one block's text from phrasing content, noting cited ids and `<Derived>` uses. */
class BlockBuilder {
  text = '';
  cited: string[] = [];
  segments: Segment[] = [];
  readonly derived: DerivedUse[];
  // No parameter property: the report command runs this file with Node's type stripping.
  constructor(derived: DerivedUse[]) {
    this.derived = derived;
  }

  add(node: MdNode): void {
    if (node.type === 'text') {
      this.segments.push({ offset: this.text.length, line: node.position?.start.line ?? 1 });
      this.text += node.value ?? '';
    } else if (node.type === 'break') {
      this.text += '\n';
    } else if (node.type === 'inlineCode' || node.type === 'link' || node.type === 'linkReference') {
      // Code is not prose; link text names a page or a work, not a finding.
      this.text += ' ';
    } else if (isJsx(node) && node.name === 'Cite') {
      this.cited.push(...splitIds(attribute(node, 'id')));
      this.text += ' ';
    } else if (isJsx(node) && node.name === 'Derived') {
      this.derived.push({
        from: attribute(node, 'from'),
        how: attribute(node, 'how'),
        text: plainText(node),
        line: node.position?.start.line ?? 1,
      });
      // A placeholder, so the figure neither counts nor joins the words around it into a statistic.
      this.text += ' ';
    } else if (node.type === 'mdxTextExpression' || node.type === 'html') {
      this.text += ' ';
    } else {
      for (const child of node.children ?? []) this.add(child);
    }
  }
}

function plainText(node: MdNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(plainText).join('');
}

/**
 * A copy of a table cell whose leading number is followed by `noun` ("17 (14 completed)" -> "17 people (14
 * completed)"; "30 000" -> "30 000 personas"), the number read with the language's `digits`.
 */
function withCountNoun(cell: MdNode, noun: string, digits: string): MdNode {
  const [first, ...rest] = cell.children ?? [];
  const leading = new RegExp(String.raw`^(\s*${digits})`);
  if (first?.type !== 'text' || !leading.test(first.value ?? '')) return cell;
  const value = (first.value ?? '').replace(leading, `$1 ${noun}`);
  return { ...cell, children: [{ ...first, value }, ...rest] };
}

function blockFrom(where: string, nodes: MdNode[], derived: DerivedUse[]): ProseBlock {
  const builder = new BlockBuilder(derived);
  for (const node of nodes) {
    builder.add(node);
    builder.text += '\n';
  }
  return { where, text: builder.text, cited: [...new Set(builder.cited)], segments: builder.segments };
}

/** Every id cited anywhere under `node`. */
function citedUnder(node: MdNode): string[] {
  const ids: string[] = [];
  const visit = (n: MdNode) => {
    if (isJsx(n) && n.name === 'Cite') ids.push(...splitIds(attribute(n, 'id')));
    for (const child of n.children ?? []) visit(child);
  };
  visit(node);
  return ids;
}

/**
 * The blocks of an article body. `container` carries the ids cited anywhere in an enclosing callout or
 * blockquote: a paragraph there with no citation of its own may rely on them.
 */
export function bodyBlocks(tree: MdNode, lang: Lang = 'en'): BodyBlocks {
  const lexicon = lexiconOf(lang);
  const blocks: ProseBlock[] = [];
  const derived: DerivedUse[] = [];

  const walkChildren = (node: MdNode, container: string[] | undefined): void => {
    let previous: ProseBlock | undefined;
    for (const child of node.children ?? []) {
      const leadIn = child.type === 'list' && previous?.text.trim().endsWith(':') ? previous.cited : undefined;
      const before = blocks.length;
      walk(child, container, leadIn);
      previous = child.type === 'paragraph' ? blocks[before] : undefined;
    }
  };

  const walk = (node: MdNode, container: string[] | undefined, leadIn?: string[]): void => {
    switch (node.type) {
      case 'heading':
      case 'code':
      case 'yaml':
      case 'toml':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'html':
        return;
      case 'paragraph': {
        const block = blockFrom(container ? 'callout paragraph' : 'paragraph', [node], derived);
        if (container && block.cited.length === 0) block.cited = [...new Set(container)];
        blocks.push(block);
        return;
      }
      case 'list':
        for (const item of node.children ?? []) walk(item, container, leadIn);
        return;
      case 'listItem': {
        const own = (node.children ?? []).filter((c) => c.type !== 'list');
        const block = blockFrom('list item', own, derived);
        if (leadIn && block.cited.length === 0) block.cited = [...leadIn];
        blocks.push(block);
        walkChildren({ type: 'listItem', children: (node.children ?? []).filter((c) => c.type === 'list') }, container);
        return;
      }
      case 'table': {
        // A column headed "People", "Participants", "N" ("Personas", "Participantes"...) holds counts of
        // people: "18" there reads as "18 people", so the numbers rule sees it as the research figure it is.
        const [head, ...rows] = node.children ?? [];
        const nouns = (head?.children ?? []).map((cell) => {
          const title = plainText(cell).trim().toLowerCase();
          return lexicon.peopleColumns.test(title) ? lexicon.peopleNoun : undefined;
        });
        for (const row of rows) {
          const cells = (row.children ?? []).flatMap((cell, i) => [
            nouns[i] ? withCountNoun(cell, nouns[i], lexicon.digits) : cell,
            { type: 'text', value: ' | ' },
          ]);
          blocks.push(blockFrom('table row', cells, derived));
        }
        return;
      }
      case 'blockquote':
        walkChildren(node, citedUnder(node));
        return;
    }
    if (isJsx(node)) {
      if (node.name === 'Diagram') return;
      if (node.name === 'Callout' && attribute(node, 'kind') === 'example') return;
      if (node.name === 'Callout') {
        walkChildren(node, citedUnder(node));
        return;
      }
      if (node.type === 'mdxJsxTextElement') {
        // Inline element standing alone (rare): treat as its own paragraph.
        walk({ type: 'paragraph', children: [node], position: node.position }, container);
        return;
      }
    }
    walkChildren(node, container);
  };

  walk(tree, undefined);
  return { blocks, cited: [...new Set(citedUnder(tree))], derived };
}
