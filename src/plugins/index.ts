/**
 * The Markdown pipeline of every article and glossary entry, in one place for the build (astro.config.mjs)
 * and for what runs it without a build (src/plugins/compile.ts: `npm run evidence` and the tests).
 *
 * The processor is Sätteri, Astro's default: Markdown, GFM, MDX and smart punctuation are parsed and compiled
 * in Rust, and our plugins are the only JavaScript that walks the tree. Profiling the 1,000-article benchmark
 * build found the unified (remark/rehype) pipeline it replaced spending most of the compile phase parsing
 * Markdown in JavaScript: that phase took 14.4 s there and 6.0 s on Sätteri before our plugins, the same
 * HTML on every page but one (a quotation mark that Sätteri curls the right way).
 */
import type { HastPluginList, MdastPluginDefinition, MdastPluginList } from 'satteri';
import { baseLinks } from './base-links.mjs';
import { contentRefs } from './content-refs.ts';
import { evidence } from './evidence.mjs';

/** The Markdown the articles are written in: GFM tables, and curly quotes, dashes and ellipses in the prose. */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true } as const;

export interface PipelineOptions {
  /** The content folder the articles, glossary and bibliography are read from. */
  contentDir: string;
  /** The site's base path ("/" or "/how-therapy-works/"). */
  base: string;
}

/**
 * Checks that read the whole tree, run in one pass: each pass over Sätteri's tree builds it again in
 * JavaScript, node by node, and that is most of what a check costs (a third less for the two together).
 * Each check's tree edits are applied after the pass, so every check reads the tree as written.
 */
function onePass(name: string, checks: MdastPluginDefinition[]): MdastPluginDefinition {
  return {
    name,
    options: { position: true },
    before(root, ctx) {
      for (const check of checks)
        if (check.before?.(root, ctx) instanceof Promise)
          throw new Error(`${check.name}: a check must be synchronous.`);
    },
  };
}

export function markdownPipeline({ contentDir, base }: PipelineOptions): {
  mdastPlugins: MdastPluginList;
  hastPlugins: HastPluginList;
  features: typeof MARKDOWN_FEATURES;
} {
  return {
    // The article rules first (they name a broken id before the numbers rule reads the blocks), then
    // the numbers rule; both throw every problem of a file at once.
    mdastPlugins: [onePass('htw-content-checks', [contentRefs({ contentDir }), evidence({ contentDir })])],
    // Root-relative links get the base path when the site is hosted under a sub-path.
    hastPlugins: [baseLinks({ base })],
    features: MARKDOWN_FEATURES,
  };
}
