/**
 * Parsing an article or glossary file to the tree the build's remark plugins see (Markdown + GFM tables +
 * MDX, frontmatter kept as a node), for `npm run evidence` and the tests, which run without Astro.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { MdNode } from './blocks.ts';

const mdx = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx);
const markdown = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);

/** The mdast of a .mdx (or, with `isMdx` false, a .md) file's full text. */
export function parseContent(source: string, isMdx = true): MdNode {
  return (isMdx ? mdx : markdown).parse(source) as MdNode;
}
