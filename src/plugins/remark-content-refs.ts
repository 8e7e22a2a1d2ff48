/**
 * Remark plugin for article MDX: checks every <Cite id="..."> against the bibliography and every
 * <Term id="..."> against the glossary, failing the build with the file and the id at fault.
 * It also numbers citations in order of first use, so each <Cite> can print [n] and the article page
 * can list its references in that order (exported as `citations` in remarkPluginFrontmatter).
 *
 * TypeScript that Node runs as is (explicit .ts imports, erasable types only): astro.config.mjs is first
 * imported by Node itself, which strips the types, so the plugin needs no build step of its own.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bibliographyFile, loadBibliography } from '../lib/bibliography.ts';
import { numberCitations, splitIds } from '../lib/citation-order.mjs';

interface Node {
  type: string;
  name?: string;
  attributes?: { type: string; name: string; value?: unknown }[];
  children?: Node[];
}

function walk(node: Node, fn: (node: Node) => void) {
  fn(node);
  for (const child of node.children ?? []) walk(child, fn);
}

function attribute(node: Node, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

export function remarkContentRefs({ contentDir }: { contentDir: string }) {
  const referencesFile = bibliographyFile(contentDir);
  const glossaryDir = path.join(contentDir, 'glossary');

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the VFile, with Astro's data on it
  return (tree: Node, file: any) => {
    const where = path.relative(process.cwd(), file.path ?? file.history?.[0] ?? '<unknown file>');
    const fail = (message: string): never => {
      throw new Error(`${where}: ${message}`);
    };
    const known = loadBibliography(referencesFile).byId;
    const cites: Node[] = [];
    const terms = new Set<string>();

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
