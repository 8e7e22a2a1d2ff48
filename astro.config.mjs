// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { remarkContentRefs } from './src/plugins/remark-content-refs.mjs';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.mjs';
import { pagefind } from './src/integrations/pagefind.mjs';
import { CONTENT_DIR, OUT_DIR, SITE_ORIGIN, basePath } from './src/site-config.mjs';

export default defineConfig({
  site: SITE_ORIGIN,
  base: basePath(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Every page is static; nothing is rendered on request.
  output: 'static',
  outDir: OUT_DIR,
  integrations: [mdx(), sitemap(), pagefind()],
  markdown: {
    // The unified (remark/rehype) processor, because articles need our own plugins; MDX inherits it.
    processor: unified({
      // Checks <Cite> and <Term> ids and numbers the citations of each article (see the plugin).
      remarkPlugins: [[remarkContentRefs, { contentDir: CONTENT_DIR }]],
      // Root-relative links in articles get the base path when hosted under a sub-path.
      rehypePlugins: [[rehypeBaseLinks, { base: basePath() }]],
      smartypants: true,
    }),
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
