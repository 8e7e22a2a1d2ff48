/**
 * The article rules that need the parsed body, run while Astro compiles each article (a Sätteri mdast
 * plugin, src/plugins/index.ts), so a broken rule fails `npm run build` and shows in `npm run dev`'s error
 * overlay, naming the file, the line and the fix. For every Markdown/MDX file (articles and glossary entries):
 * - every <Cite id="..."> names a fully verified entry of the bibliography;
 * - every <Term id="..."> names a glossary entry.
 * For articles (files under <content>/articles/, or <content>/<lang>/articles/ for a translation) also:
 * - the body's words of prose are within the language's limits (ARTICLE_LIMITS in src/schemas/article.ts:
 *   900-1,800 in English);
 * - it cites at least three distinct sources, counting the approach block's citations;
 * - a non-index article shows at least one fictional example (<Callout kind="example">) unless its
 *   frontmatter says `exampleExempt: true`.
 * A translation's <Term id> names an entry of its own language's glossary (content/<lang>/glossary/<id>.md),
 * and its frontmatter is checked by its language's article schema.
 * The frontmatter rules (summary, quiz...) live in the schemas (src/schemas/article.ts, glossary.ts). The
 * content layer applies them, and fails `npm run build` on a broken field; in `npm run dev` it only logs a
 * schema error, so there this plugin applies them again to the file being compiled, where its error reaches the
 * browser's error overlay (and `npm run evidence` applies them too).
 *
 * It also numbers citations in order of first use, so each <Cite> can print [n] and the article page can
 * list its references in that order (exported as `citations` in remarkPluginFrontmatter), and exports the
 * glossary `terms` used and the body's `words`.
 *
 * The checks are a pure function of the tree (checkContentRefs), shared with `npm run evidence`; the plugin
 * only hands them Sätteri's tree and writes the results back.
 *
 * TypeScript that Node runs as is (explicit .ts imports, erasable types only): astro.config.mjs is first
 * imported by Node itself, which strips the types, so the plugin needs no build step of its own.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastContent, MdastPluginDefinition, MdastTarget } from 'satteri';
import { bibliographyFile, citationProblem, loadBibliography } from '../lib/bibliography.ts';
import { numberCitations, splitIds } from '../lib/citation-order.mjs';
import { contentFile } from '../lib/content-file.ts';
import { wordCount } from '../lib/reading-level.ts';
import { articleSchema, bodyLengthProblem } from '../schemas/article.ts';
import { glossarySchema } from '../schemas/glossary.ts';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Distinct fully verified sources every article cites, at least. */
const MIN_SOURCES = 3;

/** Visits every node; `fn` returns false to skip a node's children. */
function walk(node: Node, fn: (node: Node) => unknown) {
  if (fn(node) === false) return;
  for (const child of node.children ?? []) walk(child, fn);
}

function attribute(node: Node, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

const isJsx = (node: Node) => node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';

/**
 * Words of prose in the body: text and inline code, including headings, callouts and tables; not the
 * drawings' SVG labels, imports, or attribute values.
 */
export function bodyWords(tree: Node): number {
  let words = 0;
  walk(tree, (node) => {
    if (isJsx(node) && node.name === 'svg') return false;
    if (node.type === 'text' || node.type === 'inlineCode') words += wordCount(node.value ?? '');
    return true;
  });
  return words;
}

/** Bibliography ids in an article's approach block (frontmatter), which count as its citations too. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw frontmatter, before the schema
function approachCitations(frontmatter: any): string[] {
  const approach = frontmatter?.approach;
  if (!approach) return [];
  return [
    ...(approach.typicalSessions?.cite ?? []),
    ...(approach.strongestEvidence ?? []).flatMap((e: { cite?: string[] }) => e.cite ?? []),
  ].filter((id): id is string => typeof id === 'string');
}

type FrontmatterSchema = ReturnType<typeof articleSchema> | ReturnType<typeof glossarySchema>;
/** The frontmatter schemas, built once per bibliography (it changes only when its file does) and kind, not per file. */
const schemas = new WeakMap<object, Map<string, FrontmatterSchema>>();
function schemaFor(sources: object, kind: string, build: () => FrontmatterSchema): FrontmatterSchema {
  let built = schemas.get(sources);
  if (!built) schemas.set(sources, (built = new Map()));
  let schema = built.get(kind);
  if (!schema) built.set(kind, (schema = build()));
  return schema;
}

/**
 * The glossary entries of a folder, read once and again only when the folder changes (an entry added or
 * removed while `npm run dev` runs): every article names a dozen terms or more, each looked up here.
 */
const glossaries = new Map<string, { mtimeMs: number; ids: Set<string> }>();
function glossaryIds(dir: string): Set<string> {
  const mtimeMs = statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  const known = glossaries.get(dir);
  if (known?.mtimeMs === mtimeMs) return known.ids;
  const ids = new Set(
    mtimeMs < 0 ? [] : readdirSync(dir).flatMap((file) => (file.endsWith('.md') ? [file.slice(0, -3)] : [])),
  );
  glossaries.set(dir, { mtimeMs, ids });
  return ids;
}

export interface ContentRefsInput {
  contentDir: string;
  /** The file's path on disk: where it sits says its language and whether it is an article. */
  filePath: string;
  /** Its parsed frontmatter, as Astro hands it to the Markdown pipeline. */
  frontmatter: Record<string, unknown>;
  /** Check the frontmatter against its schema too (default true); see contentRefs for when not. */
  checkFrontmatter?: boolean;
}

export interface ContentRefs {
  /** Every broken rule, one line each: "file:line: message" with the fix. */
  problems: string[];
  /** Each <Cite> node with the citation numbers it prints ("1 3"). */
  citeNumbers: [Node, string][];
  /** Bibliography ids in order of first citation. */
  citations: string[];
  /** Glossary ids the body uses. */
  terms: string[];
  /** Words of prose in the body. */
  words: number;
}

export function checkContentRefs(
  tree: Node,
  { contentDir, filePath, frontmatter, checkFrontmatter = true }: ContentRefsInput,
): ContentRefs {
  const where = path.relative(process.cwd(), filePath);
  // A translation is checked like the English file at the same place in its own language's folder.
  const { lang, inLanguage, languageDir } = contentFile(contentDir, filePath);
  const glossaryDir = path.resolve(languageDir, 'glossary');
  const inArticles = inLanguage.startsWith('articles/');
  const inGlossary = inLanguage.startsWith('glossary/');
  const isIndex = /^index\.mdx?$/.test(path.basename(filePath));
  const bibliography = loadBibliography(bibliographyFile(contentDir));
  const problems: string[] = [];
  const problem = (node: Node | undefined, message: string) =>
    problems.push(`${where}${node?.position ? `:${node.position.start.line}` : ''}: ${message}`);

  const schema = inArticles
    ? schemaFor(bibliography.byId, `article-${lang}`, () => articleSchema(bibliography.byId, lang))
    : inGlossary
      ? schemaFor(bibliography.byId, 'glossary', () => glossarySchema(bibliography.byId))
      : undefined;
  const frontmatterCheck = checkFrontmatter ? schema?.safeParse(frontmatter) : undefined;
  for (const issue of frontmatterCheck?.success === false ? frontmatterCheck.error.issues : [])
    problem(undefined, `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`);

  const cites: Node[] = [];
  const terms = new Set<string>();
  let examples = 0;

  walk(tree, (node) => {
    if (!isJsx(node)) return;
    if (node.name === 'Cite') {
      const ids = splitIds(attribute(node, 'id'));
      if (ids.length === 0) problem(node, '<Cite> needs an id attribute, e.g. <Cite id="howard1986" />.');
      for (const id of ids) {
        const why = citationProblem(id, bibliography.byId, bibliography.file);
        if (why) problem(node, `<Cite id="${id}">: ${why}`);
      }
      cites.push(node);
    } else if (node.name === 'Term') {
      const id = attribute(node, 'id');
      if (!id) problem(node, '<Term> needs an id attribute, e.g. <Term id="mentalization">mentalizing</Term>.');
      else if (!glossaryIds(glossaryDir).has(id))
        problem(
          node,
          `<Term id="${id}">: unknown glossary term "${id}"; add ${path.relative(process.cwd(), path.join(glossaryDir, `${id}.md`))}.`,
        );
      else terms.add(id);
    } else if (node.name === 'Callout' && attribute(node, 'kind') === 'example') {
      examples++;
    }
  });

  const words = bodyWords(tree);
  if (inArticles) {
    const length = bodyLengthProblem(words, lang);
    if (length) problem(undefined, `body: ${length}`);
    const sources = new Set([
      ...cites.flatMap((node) => splitIds(attribute(node, 'id'))),
      ...approachCitations(frontmatter),
    ]);
    if (sources.size < MIN_SOURCES)
      problem(
        undefined,
        `citations: ${sources.size} distinct source(s) cited (${[...sources].join(', ') || 'none'}); an article cites at ` +
          `least ${MIN_SOURCES} fully verified sources with <Cite id="..." />.`,
      );
    if (!isIndex && examples === 0 && frontmatter.exampleExempt !== true)
      problem(
        undefined,
        'no fictional example: show the ideas in a <Callout kind="example" title="..."> (fictional, and labelled so), ' +
          'or set "exampleExempt: true" in the frontmatter if the article truly needs none.',
      );
  }

  const { order, numbersFor } = numberCitations(cites.map((node) => splitIds(attribute(node, 'id'))));
  return {
    problems,
    citeNumbers: cites.map((node, i) => [node, numbersFor[i].join(' ')]),
    citations: order,
    terms: [...terms],
    words,
  };
}

/**
 * The Sätteri plugin: checks the file (throwing every problem at once, so the build fails and the dev
 * overlay shows them), gives each <Cite> its `numbers`, and exports `citations`, `terms` and `words` in the
 * page's frontmatter (remarkPluginFrontmatter).
 */
export function contentRefs({ contentDir }: { contentDir: string }): MdastPluginDefinition {
  return {
    name: 'htw-content-refs',
    // Positions name the line of a broken <Cite> or <Term>.
    options: { position: true },
    before(root, ctx) {
      if (!ctx.fileURL) return;
      const frontmatter = (ctx.data.astro?.frontmatter ?? {}) as Record<string, unknown>;
      const refs = checkContentRefs(root as Node, {
        contentDir,
        filePath: fileURLToPath(ctx.fileURL),
        frontmatter,
        // `astro build` has the content layer apply the frontmatter schemas, and a broken field fails the build
        // there; `astro dev` only logs it, so in development the plugin applies them again, where the error
        // overlay shows them (NODE_ENV is what Astro sets for each).
        checkFrontmatter: process.env.NODE_ENV !== 'production',
      });
      if (refs.problems.length) throw new Error(refs.problems.join('\n'));
      // Sätteri does not set an element's attributes in place: each <Cite> is swapped for itself plus `numbers`.
      for (const [node, numbers] of refs.citeNumbers)
        ctx.replaceNode(
          node as MdastTarget,
          {
            ...(node as MdastTarget),
            attributes: [
              ...(node.attributes ?? []).filter((a) => a.name !== 'numbers'),
              { type: 'mdxJsxAttribute', name: 'numbers', value: numbers },
            ],
          } as MdastContent,
        );
      Object.assign(frontmatter, { citations: refs.citations, terms: refs.terms, words: refs.words });
    },
  };
}
