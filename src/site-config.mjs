// Build-time settings shared by astro.config.mjs, the content config and the Markdown plugins.
// Plain .mjs so that astro.config.mjs can import it before Vite starts.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Folder that holds articles/, glossary/ and references.json. Tests point it at small fixtures. */
export const CONTENT_DIR = path.resolve(process.env.HTW_CONTENT_DIR ?? 'content');

/** Sub-path the site is served from, e.g. BASE=/how-therapy-works/ ; "/" when unset. */
export function basePath(value = process.env.BASE) {
  if (!value || value === '/') return '/';
  return `/${value.replace(/^\/+|\/+$/g, '')}/`;
}

/** Canonical origin; only used for canonical URLs, Open Graph and the sitemap. */
export const SITE_ORIGIN = process.env.SITE ?? 'https://howtherapyworks.example';

/** Where the built site is written; tests build a sub-path variant into a second folder. */
export const OUT_DIR = process.env.OUT_DIR ?? './dist';

/**
 * Astro's cache, which holds the content layer's data store. A build written anywhere but dist/ keeps a cache
 * of its own: the tests build the root and the sub-path sites at once, and two builds sharing one data store
 * overwrite each other's. HTW_CACHE_DIR names it outright (the benchmark gives each timed build an empty one).
 */
export const CACHE_DIR =
  process.env.HTW_CACHE_DIR ??
  (process.env.OUT_DIR
    ? `./node_modules/.astro/out-${path.resolve(process.env.OUT_DIR).replace(/[^a-z0-9]+/gi, '-')}/`
    : './node_modules/.astro/');

/**
 * Renamed article paths: { "/old/path/": "/new/path/" }, from content/redirects.json, with each
 * destination under `base`: Astro serves the old path under the base itself but writes the destination
 * of its redirect page as given, which on a sub-path host would be a 404.
 * @param {string} [base] the site's base path, "/" or "/sub-path/"
 * @returns {Record<string, string>}
 */
export function redirectsUnder(base = basePath(), file = path.join(CONTENT_DIR, 'redirects.json')) {
  return Object.fromEntries(Object.entries(redirects(file)).map(([from, to]) => [from, `${base}${to.slice(1)}`]));
}

/**
 * Renamed article paths: { "/old/path/": "/new/path/" }, from content/redirects.json.
 * @returns {Record<string, string>}
 */
export function redirects(file = path.join(CONTENT_DIR, 'redirects.json')) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return {};
    throw new Error(`${path.relative(process.cwd(), file)}: ${/** @type {Error} */ (error).message}`, { cause: error });
  }
}

/**
 * Where readers can report a mistake, if the people who publish the site set one (nothing is sent from the
 * page; the reader's own browser or mail program opens it):
 * - REPORT_MISTAKE_URL: an issue tracker's "new issue" address. `{title}` and `{url}` in it are replaced by
 *   the page's title and address, e.g.
 *   https://github.com/owner/repo/issues/new?title=Mistake%20on%20{title}&body={url}
 * - REPORT_MISTAKE_EMAIL: an address for a mailto: link with the page's title and address filled in.
 * With neither, articles offer no "Report a mistake" link. See src/lib/report-mistake.ts.
 * @returns {{ url?: string, email?: string }}
 */
export function reportMistakeSetting(env = process.env) {
  return { url: env.REPORT_MISTAKE_URL || undefined, email: env.REPORT_MISTAKE_EMAIL || undefined };
}
