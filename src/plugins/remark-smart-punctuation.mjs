// @ts-check
/**
 * Smart punctuation (curly quotes, em dashes, ellipses) for articles and glossary entries: the same output as
 * Astro's built-in `smartypants` (remark-smartypants 3, MIT), at a fraction of the cost. Profiling the
 * 1,000-article benchmark build showed the built-in plugin taking about a sixth of all build CPU time: it
 * runs retext's natural-language parser over every text node a second time to replace dashes and
 * ellipses. This one parses a node only when it holds two dashes, dots or backticks or quotes to replace,
 * and skips the quote pass for a document without quotes; what it does run is the same retext-smartypants
 * code, so the output is unchanged (tests/lib/smart-punctuation.test.ts compares the two on every article and glossary entry).
 */
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/** @typedef {{ type: string, value?: string, name?: string | null, children?: Node[] }} Node */

const VISITED_NODES = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const IGNORED_HTML_ELEMENTS = new Set(['style', 'script']);
// A quote at the start of one of these always opens, so each gets a space before it in the concatenation.
const BLOCK_NODES = new Set(['paragraph', 'heading', 'tableCell']);
/** What the second pass (dashes, ellipses, double backticks and '') can change; nothing else needs parsing. */
const SECOND_PASS = /--|\.\s*\.|``|''/;

/** @param {Node} node */
const isLiteral = (node) => typeof node.value === 'string';

/** @param {Node} node @param {number | undefined} _index @param {Node | undefined} parent */
const visited = (node, _index, parent) =>
  Boolean(parent) &&
  (parent?.type !== 'mdxJsxTextElement' ||
    (typeof parent.name === 'string' && !IGNORED_HTML_ELEMENTS.has(parent.name))) &&
  VISITED_NODES.has(node.type) &&
  (isLiteral(node) || BLOCK_NODES.has(node.type));

export function remarkSmartPunctuation() {
  // Quotes first, over the whole document at once so a quote pairs across links and emphasis; then dashes,
  // ellipses and backticks node by node (they change the text's length, so they cannot go first).
  const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
  const others = retext().use(smartypants, { quotes: false });

  /** @param {Node} tree */
  return (tree) => {
    let allText = '';
    /** @type {Node[]} */
    const nodes = [];
    visit(/** @type {any} */ (tree), /** @type {any} */ (visited), (/** @type {Node} */ node) => {
      if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value?.length ?? 0);
      else allText += ' ';
      nodes.push(node);
    });
    if (/["']/.test(allText)) allText = quotes.processSync(allText).toString();
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + (node.value?.length ?? 0);
      if (node.type === 'text') {
        const text = allText.slice(start, end);
        node.value = SECOND_PASS.test(text) ? others.processSync(text).toString() : text;
      }
      start = end;
    }
  };
}
