// @ts-check
/**
 * Builds the offline copy after Astro (and Pagefind) have written the site: a service worker whose
 * precache manifest lists every file of the built site with a content hash, made by workbox-build's
 * injectManifest from the real output. The worker's own code (src/offline/service-worker.ts) is bundled
 * with esbuild, with workbox-precaching inside it, so it needs no other script and no inline code.
 *
 * It also writes the real download size into the Read offline page (computed here, so the page states the
 * true total before the reader chooses) and tells hosts never to cache the worker script itself.
 * Nothing registers the worker except the Read offline page, after the reader presses Save.
 */
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { formatBytes, summarise } from '../offline/offline-copy.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url));
/** The page that offers the copy: the build writes the real size into its elements marked data-offline-*. */
export const OFFLINE_PAGE = 'read-offline/index.html';

/**
 * What the copy leaves out: the host's configuration and the worker itself; and the files made for other
 * programs, the study decks for Anki and spreadsheets and the bibliography for reference managers. Those are
 * a quarter of the real site's bytes, and someone saving the site to read it offline has not asked for them;
 * they stay one download away while online (the Read offline page says so). A folder ends in "/".
 */
const NOT_IN_COPY = [
  'sw.js',
  '_headers',
  '_redirects',
  'study/anki/',
  'study/csv/',
  'references.bib',
  'references.ris',
];

/** @param {string} url a file's path in the built site, e.g. "study/anki/foundations.txt" */
const inOfflineCopy = (url) =>
  !NOT_IN_COPY.some((left) => (left.endsWith('/') ? url.startsWith(left) : url === left)) &&
  // workbox-build's glob leaves dotfiles out as well.
  !url.split('/').some((part) => part.startsWith('.'));

/**
 * Every file of the copy with its size, read from the file system without hashing anything: the page that
 * states the size is filled from these, and workbox-build then hashes each file once as it writes the worker
 * (buildOfflineCopy checks that both counts agree).
 * @param {string} out
 * @returns {{ url: string, bytes: number }[]}
 */
function filesOfCopy(out) {
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter(inOfflineCopy)
    .map((url) => ({ url, bytes: statSync(path.join(out, url)).size }));
}

/**
 * What goes into the copy: every file, except those NOT_IN_COPY names.
 * Astro's _astro/ files carry a content hash in their names, so their URL is their revision.
 * @param {string} out
 */
const manifestOptions = (out) => ({
  globDirectory: out,
  globPatterns: ['**/*'],
  globIgnores: NOT_IN_COPY.map((left) => (left.endsWith('/') ? `${left}**` : left)),
  dontCacheBustURLsMatching: /^_astro\//,
  maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
  // workbox-build drops `size` after its transforms run; keep it as `bytes` for progress and totals.
  manifestTransforms: [
    /** @param {{ url: string, revision: string | null, size: number }[]} entries */
    async (entries) => ({
      manifest: entries.map(({ url, revision, size }) => ({ url, revision, size, bytes: size })),
      warnings: [],
    }),
  ],
});

/**
 * Writes the figures into the page's marked elements. It works on a page filled before as well, so running
 * the step again on a changed site (as the update test does) gives the same result as a fresh build.
 * @param {string} html @param {import('../offline/offline-copy.ts').OfflineSummary} summary
 */
function fillSummary(html, summary) {
  /** @param {string} page @param {string} name @param {string} text */
  const fill = (page, name, text) =>
    page.replace(new RegExp(`(<[^>]*\\bdata-offline-${name}\\b[^>]*>)[^<]*(<)`, 'g'), `$1${text}$2`);
  const filled = fill(
    fill(fill(html, 'size', formatBytes(summary.bytes)), 'files', summary.files.toLocaleString('en')),
    'pages',
    summary.pages.toLocaleString('en'),
  );
  return filled.replace(/(\bdata-offline-bytes=")[^"]*(")/, `$1${summary.bytes}$2`);
}

/**
 * Writes <out>/sw.js and fills the Read offline page with the size of what saving downloads.
 * @param {{ out: string, base: string, builtAt: Date }} options
 * @returns {Promise<import('../offline/offline-copy.ts').OfflineSummary>}
 */
export async function buildOfflineCopy({ out, base, builtAt }) {
  const pageFile = path.join(out, OFFLINE_PAGE);
  const template = readFileSync(pageFile, 'utf8');
  if (!/\bdata-offline-size\b/.test(template) || !/\bdata-offline-bytes="/.test(template))
    throw new Error(
      `${OFFLINE_PAGE} has no data-offline-size and data-offline-bytes: the offline size cannot be shown.`,
    );

  // The page's own size is part of the total: fill it until the figures it shows stop changing.
  const others = filesOfCopy(out).filter((entry) => entry.url !== OFFLINE_PAGE);
  let html = template;
  let summary = summarise(others);
  for (let round = 0; round < 5; round++) {
    summary = summarise([...others, { url: OFFLINE_PAGE, bytes: Buffer.byteLength(html) }]);
    const next = fillSummary(template, summary);
    if (next === html) break;
    html = next;
  }
  writeFileSync(pageFile, html);

  const temp = mkdtempSync(path.join(tmpdir(), 'htw-sw-'));
  try {
    const swSrc = path.join(temp, 'sw.js');
    await build({
      entryPoints: [WORKER_SOURCE],
      outfile: swSrc,
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      define: { __HTW_BUILT_AT__: JSON.stringify(builtAt.toISOString()), 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const result = await injectManifest({ ...manifestOptions(out), swSrc, swDest: path.join(out, 'sw.js') });
    if (result.count !== summary.files || result.size !== summary.bytes)
      throw new Error(
        `The offline copy holds ${result.count} files (${result.size} bytes) but the Read offline page says ${summary.files} (${summary.bytes}).`,
      );
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }

  // The worker script must always be checked afresh, or readers would keep an old copy for a day.
  const headersFile = path.join(out, '_headers');
  const rule = `${base}sw.js\n  Cache-Control: no-cache\n`;
  if (!readFileSync(headersFile, 'utf8').includes(rule)) appendFileSync(headersFile, rule);
  return summary;
}

/** @returns {import('astro').AstroIntegration} */
export function offlineCopy() {
  let base = '/';
  return {
    name: 'htw:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await buildOfflineCopy({ out: fileURLToPath(dir), base, builtAt: new Date() });
        logger.info(`Wrote sw.js: the offline copy is ${formatBytes(summary.bytes)} in ${summary.files} files.`);
      },
    },
  };
}
