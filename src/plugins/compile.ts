/**
 * The build's Markdown pipeline (src/plugins/index.ts) run without Astro, as Astro runs it: the frontmatter
 * parsed and handed over as `data.astro.frontmatter`, and blanked with spaces in the source so that body
 * positions are the file's own lines. For `npm run evidence` and the tests, so both see exactly the tree and
 * the errors the build does.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import type { MdastPluginDefinition } from 'satteri';
// Declares the `astro` entry of Sätteri's data bag, as Astro fills it.
import type { SatteriAstroData } from '@astrojs/markdown-satteri';
import { parse as parseYaml } from 'yaml';
import type { MdNode } from '../lib/evidence/blocks.ts';
import { MARKDOWN_FEATURES, markdownPipeline } from './index.ts';
import type { PipelineOptions } from './index.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?=\r?\n|$)/;

/** The source with its frontmatter replaced by spaces (newlines kept), and the frontmatter parsed. */
export function splitFrontmatter(source: string): { body: string; frontmatter: Record<string, unknown> } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { body: source, frontmatter: {} };
  return {
    body: match[0].replace(/[^\r\n]/g, ' ') + source.slice(match[0].length),
    frontmatter: (parseYaml(match[1]) as Record<string, unknown> | null) ?? {},
  };
}

export interface CompileResult {
  /** The frontmatter with what the plugins exported (citations, terms, words). */
  frontmatter: Record<string, unknown>;
  /** The compiled module (MDX) or HTML (Markdown). */
  code: string;
}

/**
 * Compiles a content file through the build's pipeline, or through `plugins` instead of the build's own.
 * Throws what the build would throw.
 */
export function compileContent(
  filePath: string,
  options: PipelineOptions & { source?: string; mdastPlugins?: MdastPluginDefinition[] },
): CompileResult {
  const { body, frontmatter } = splitFrontmatter(options.source ?? readFileSync(filePath, 'utf8'));
  const pipeline = markdownPipeline(options);
  const astro: SatteriAstroData = {
    frontmatter,
    headings: [],
    localImagePaths: new Set(),
    remoteImagePaths: new Set(),
  };
  const compileOptions = {
    ...pipeline,
    mdastPlugins: options.mdastPlugins ?? pipeline.mdastPlugins,
    fileURL: pathToFileURL(filePath),
    data: { astro },
  };
  if (filePath.endsWith('.mdx')) return { frontmatter, code: synchronous(mdxToJs(body, compileOptions)).code };
  return { frontmatter, code: synchronous(markdownToHtml(body, compileOptions)).html };
}

/** Our plugins are synchronous, so Sätteri returns the result itself, not a promise of it. */
function synchronous<R>(result: R | Promise<R>): R {
  if (result instanceof Promise)
    throw new Error('A Markdown plugin ran asynchronously; compileContent expects none to.');
  return result;
}

/**
 * The tree the build's plugins see for a file's source (.mdx unless `isMdx` is false), as plain objects:
 * what `npm run evidence` and the tests check.
 */
export function contentTree(source: string, isMdx = true): MdNode {
  let tree: MdNode | undefined;
  const capture: MdastPluginDefinition = {
    name: 'htw-capture-tree',
    options: { position: true },
    before(root) {
      tree = JSON.parse(JSON.stringify(root)) as MdNode;
    },
  };
  const { body } = splitFrontmatter(source);
  const options = { mdastPlugins: [capture], features: MARKDOWN_FEATURES };
  if (isMdx) mdxToJs(body, options);
  else markdownToHtml(body, options);
  if (!tree) throw new Error('Sätteri ran no mdast plugin: the tree was not captured.');
  return tree;
}
