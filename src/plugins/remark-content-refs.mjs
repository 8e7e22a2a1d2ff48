// @ts-check
/**
 * Remark plugin for article MDX: checks every <Cite id="..."> against the bibliography and every
 * <Term id="..."> against the glossary, failing the build with the file and the id at fault.
 * It also numbers citations in order of first use, so each <Cite> can print [n] and the article page
 * can list its references in that order (exported as `citations` in remarkPluginFrontmatter).
 *
 * Plain JavaScript because astro.config.mjs imports it before Vite (and TypeScript) is available.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { numberCitations, splitIds } from '../lib/citation-order.mjs';

/** @typedef {{ type: string, name?: string, attributes?: any[], children?: any[] }} Node */

/** Reads the bibliography's ids, re-reading only when the file changes (astro dev). */
let cachedKeys = { file: '', mtime: 0, keys: new Set() };
/** @param {string} file @returns {Set<string>} */
function referenceKeys(file) {
  const mtime = statSync(file).mtimeMs;
  if (cachedKeys.file !== file || cachedKeys.mtime !== mtime) {
    const entries = JSON.parse(readFileSync(file, 'utf8'));
    cachedKeys = { file, mtime, keys: new Set(entries.map((/** @type {{ id: string }} */ e) => e.id)) };
  }
  return cachedKeys.keys;
}

/** @param {Node} node @param {(node: Node) => void} fn */
function walk(node, fn) {
  fn(node);
  for (const child of node.children ?? []) walk(child, fn);
}

/** @param {Node} node @param {string} name */
function attribute(node, name) {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** @param {{ contentDir: string }} options */
export function remarkContentRefs({ contentDir }) {
  const referencesFile = path.join(contentDir, 'references.json');
  const glossaryDir = path.join(contentDir, 'glossary');

  /** @param {Node} tree @param {any} file */
  return (tree, file) => {
    const where = path.relative(process.cwd(), file.path ?? file.history?.[0] ?? '<unknown file>');
    const fail = (/** @type {string} */ message) => {
      throw new Error(`${where}: ${message}`);
    };
    const known = referenceKeys(referencesFile);
    /** @type {Node[]} */ const cites = [];
    /** @type {Set<string>} */ const terms = new Set();

    walk(tree, (node) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      if (node.name === 'Cite') {
        const ids = splitIds(attribute(node, 'id'));
        if (ids.length === 0) fail('<Cite> needs an id attribute, e.g. <Cite id="howard1986" />.');
        for (const id of ids) {
          if (!known.has(id))
            fail(
              `<Cite id="${id}">: unknown citation key "${id}"; it is not in ${path.relative(process.cwd(), referencesFile)}.`,
            );
        }
        cites.push(node);
      } else if (node.name === 'Term') {
        const id = attribute(node, 'id');
        if (!id) fail('<Term> needs an id attribute, e.g. <Term id="mentalization">mentalizing</Term>.');
        if (!existsSync(path.join(glossaryDir, `${id}.md`))) {
          fail(
            `<Term id="${id}">: unknown glossary term "${id}"; add ${path.relative(process.cwd(), path.join(glossaryDir, `${id}.md`))}.`,
          );
        }
        terms.add(id);
      }
    });

    const { order, numbersFor } = numberCitations(cites.map((node) => splitIds(attribute(node, 'id'))));
    cites.forEach((node, i) => {
      node.attributes = (node.attributes ?? []).filter((a) => a.name !== 'numbers');
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'numbers', value: numbersFor[i].join(' ') });
    });

    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.citations = order;
    file.data.astro.frontmatter.terms = [...terms];
  };
}
