// @ts-check
import { DEFAULT_LANG, LANGUAGE_CODES } from '../i18n/languages.mjs';
import { SECTIONS } from '../schemas/sections.ts';

/**
 * Where the articles are, the only pages with a body to index: each section's folder, in each language.
 * Pagefind reads only these, not the study, glossary and reference pages, the largest of the site
 * (tests/site/pages.test.ts checks that no page with an indexed body lies elsewhere).
 */
export const ARTICLE_PAGES = `{${LANGUAGE_CODES.flatMap((lang) =>
  SECTIONS.map(({ id }) => (lang === DEFAULT_LANG ? id : `${lang}/${id}`)),
).join(',')}}/**/*.html`;

/**
 * Builds the Pagefind search index after Astro writes the site, into <outDir>/pagefind/.
 * Only elements marked data-pagefind-body (article bodies) are indexed. Result URLs are relative to
 * the output folder; the search UI adds the base path through Pagefind's `baseUrl` option.
 * @returns {import('astro').AstroIntegration}
 */
export function pagefind() {
  return {
    name: 'htw:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: dir.pathname, glob: ARTICLE_PAGES });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: new URL('pagefind/', dir).pathname });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        logger.info(`Indexed ${added.page_count} pages for search.`);
      },
    },
  };
}
