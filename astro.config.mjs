// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { markdownPipeline } from './src/plugins/index.ts';
import { pagefind } from './src/integrations/pagefind.mjs';
import { securityHeaders } from './src/integrations/security-headers.mjs';
import { offlineCopy } from './src/integrations/offline.mjs';
import { plainDynamicImports } from './src/integrations/plain-dynamic-imports.mjs';
import { CACHE_DIR, CONTENT_DIR, OUT_DIR, SITE_ORIGIN, basePath, redirectsUnder } from './src/site-config.mjs';
import { CSP_DIRECTIVES } from './src/lib/security-headers.mjs';
import { DEFAULT_LANG, LANGUAGES } from './src/i18n/languages.mjs';

export default defineConfig({
  site: SITE_ORIGIN,
  base: basePath(),
  trailingSlash: 'always',
  // Stylesheets stay files (cacheable, and counted exactly by the byte budgets), never inlined.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Every page is static; nothing is rendered on request.
  output: 'static',
  outDir: OUT_DIR,
  cacheDir: CACHE_DIR,
  // Old article URLs keep working: content/redirects.json maps each renamed path to its new home.
  redirects: redirectsUnder(basePath()),
  // offlineCopy runs last: it lists every file the others wrote (Pagefind's index included).
  integrations: [
    // Static parts of each article compile to HTML strings instead of one JSX call per element: the same pages
    // (checked byte for byte, but for a line break), built with less work.
    mdx({ optimize: true }),
    // Each page's other-language versions are listed beside it (hreflang), as they are in its <head>.
    sitemap({
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGUAGES.map((l) => [l.code, l.locale])) },
    }),
    pagefind(),
    securityHeaders(),
    offlineCopy(),
  ],
  security: {
    // A strict Content Security Policy in a <meta> tag on every page: Astro hashes its own scripts and
    // styles, so neither 'unsafe-inline' nor 'unsafe-eval' is needed. Pagefind compiles WebAssembly,
    // hence 'wasm-unsafe-eval'. The built _headers file repeats the policy as a header, with the directives a
    // meta tag cannot carry (frame-ancestors): see src/integrations/security-headers.mjs.
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Sätteri, Astro's own processor (Rust), with our plugins: the article rules (<Cite> and <Term> ids,
    // citation numbers, length, sources, a fictional example), the numbers rule (docs/numbers-rule.md) and
    // base-path links; MDX inherits it. See src/plugins/index.ts.
    processor: satteri(markdownPipeline({ contentDir: CONTENT_DIR, base: basePath() })),
  },
  vite: {
    // On-demand imports load without Vite's preload helper, which would otherwise load on every page.
    plugins: [tailwindcss(), plainDynamicImports()],
    // Scripts stay files instead of being inlined: cacheable across pages, and each inlined script would
    // add its hash to every page's Content Security Policy.
    build: {
      assetsInlineLimit: 0,
      // All the explainers' scoped styles go into one shared stylesheet, loaded only on pages with an
      // explainer: one small cached file instead of a file per page, so the whole site's CSS stays under
      // 7.5 KB brotli (tests/site/budgets.test.ts). Their scripts still ship only where each is used.
      rollupOptions: {
        output: {
          manualChunks(id) {
            // Their scoped <style> blocks, and the shared CSS files they import (src/widgets/shared/).
            // The Study page's styles are not an explainer's: they stay with that page alone.
            if (/\/src\/widgets\/(?!study\/)[^?]+(\.astro\?astro&type=style|\.css$)/.test(id)) return 'widgets';
            // The widgets' small shared modules travel together, so a widget (the quiz on every article)
            // fetches one file for them.
            if (/\/src\/widgets\/shared\/(saved-state|widget-element|letter|dom|score)\.ts$/.test(id))
              return 'widget-kit';
            // What the code loaded on demand (the search dialog, the quiz) shares rides in one file, not one per
            // helper, so opening either fetches one more file, not three.
            if (/\/src\/(lib\/required\.ts|i18n\/(document-lang|format)\.ts|i18n\/languages\.mjs)$/.test(id))
              return 'shared-kit';
            // The storage accessor that the header's script on every page needs, and the widgets too: a tiny
            // file of its own, since in the widgets' kit it would bring the whole kit into every first view.
            if (id.endsWith('/src/widgets/shared/site-storage.ts')) return 'site-storage';
            // The Study page's scheduler in a chunk of its own, so the budgets test can find it and prove that
            // no other page loads it.
            if (id.includes('/node_modules/ts-fsrs/')) return 'scheduler';
          },
        },
      },
    },
  },
});
