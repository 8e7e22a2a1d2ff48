/**
 * Remark plugin: the article rules that need the parsed body, run while Astro compiles each article, so a
 * broken rule fails `npm run build` and shows in `npm run dev`'s error overlay, naming the file, the line
 * and the fix. For every Markdown/MDX file (articles and glossary entries):
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
 * content layer applies them in the build; this plugin applies them again to the file being compiled,
 * because in `npm run dev` the content layer only logs a schema error while the plugin's error reaches the
 * browser's error overlay.
 *
 * It also numbers citations in order of first use, so each <Cite> can print [n] and the article page can
 * list its references in that order (exported as `citations` in remarkPluginFrontmatter), and exports the
 * glossary `terms` used and the body's `words`.
 *
 * TypeScript that Node runs as is (explicit .ts imports, erasable types only): astro.config.mjs is first
 * imported by Node itself, which strips the types, so the plugin needs no build step of its own.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
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

export function remarkContentRefs({ contentDir }: { contentDir: string }) {
  const referencesFile = bibliographyFile(contentDir);

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the VFile, with Astro's data on it
  return (tree: Node, file: any) => {
    const filePath: string = file.path ?? file.history?.[0] ?? '<unknown file>';
    const where = path.relative(process.cwd(), filePath);
    // A translation is checked like the English file at the same place in its own language's folder.
    const { lang, inLanguage, languageDir } = contentFile(contentDir, filePath);
    const glossaryDir = path.resolve(languageDir, 'glossary');
    const inArticles = inLanguage.startsWith('articles/');
    const inGlossary = inLanguage.startsWith('glossary/');
    const isIndex = /^index\.mdx?$/.test(path.basename(filePath));
    const frontmatter = file.data.astro?.frontmatter ?? {};
    const bibliography = loadBibliography(referencesFile);
    const problems: string[] = [];
    const problem = (node: Node | undefined, message: string) =>
      problems.push(`${where}${node?.position ? `:${node.position.start.line}` : ''}: ${message}`);

    const schema = inArticles
      ? articleSchema(bibliography.byId, lang)
      : inGlossary
        ? glossarySchema(bibliography.byId)
        : undefined;
    const frontmatterCheck = schema?.safeParse(frontmatter);
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
        else if (!existsSync(path.join(glossaryDir, `${id}.md`)))
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
    if (problems.length) throw new Error(problems.join('\n'));

    const { order, numbersFor } = numberCitations(cites.map((node) => splitIds(attribute(node, 'id'))));
    cites.forEach((node, i) => {
      node.attributes = (node.attributes ?? []).filter((a) => a.name !== 'numbers');
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'numbers', value: numbersFor[i].join(' ') });
    });

    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.citations = order;
    file.data.astro.frontmatter.terms = [...terms];
    file.data.astro.frontmatter.words = words;
  };
}
