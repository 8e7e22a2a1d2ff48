/// <reference lib="webworker" />
/**
 * The offline copy's service worker. The build bundles it (src/integrations/offline.mjs) and injects the
 * precache manifest of every file of the built site, so one deliberate "Save" on the Read offline page
 * stores the whole site, and nothing else ever registers it.
 *
 * - Install downloads what is not cached yet (everything the first time, only changed files on an update:
 *   workbox-precaching keys each file by its content hash) and reports progress to open pages.
 * - A failed or cancelled install leaves the previous copy in charge, so two builds never mix.
 * - The new worker takes over as soon as its copy is complete (skipWaiting + claim), so once an update is
 *   done no page is served from the old copy; activation then deletes the files the new build dropped.
 * - Every request for a saved file is answered from the copy, so the site works with the network cut.
 */
import { PrecacheController } from 'workbox-precaching';
import {
  isPage,
  OFFLINE_CACHE,
  readPageMessage,
  type OfflineEntry,
  type Progress,
  type WorkerMessage,
} from './offline-copy';

declare const self: ServiceWorkerGlobalScope;
/** Replaced by the build with the build's time (ISO 8601). */
declare const __HTW_BUILT_AT__: string;

// The build replaces this expression with the manifest; workbox types it loosely, the build writes OfflineEntry.
const manifest = self.__WB_MANIFEST as unknown as OfflineEntry[];
const entryByUrl = new Map(manifest.map((entry) => [new URL(entry.url, self.location.href).href, entry]));

async function tell(message: WorkerMessage) {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage(message);
}

/** What this install has to download: the files whose content-keyed copy is not cached yet. */
let progress: Progress = { doneBytes: 0, totalBytes: 0, donePages: 0, totalPages: 0 };
let missingFiles = 0;
/** Whether this worker replaces an earlier saved copy (an update) rather than making the first one. */
let replacing = false;
/**
 * Set when the reader cancels. Unregistering alone cannot stop a download: the browser queues it behind the
 * install. Failing the next fetch fails the install, so the worker is discarded with nothing activated.
 */
let cancelled = false;

const controller = new PrecacheController({
  cacheName: OFFLINE_CACHE,
  plugins: [
    {
      requestWillFetch: async ({ request }) => {
        if (cancelled) throw new Error('The reader cancelled saving.');
        return request;
      },
      // Called once per file actually downloaded (files already saved are skipped by workbox).
      cacheDidUpdate: async ({ request }) => {
        const entry = entryByUrl.get(request.url.replace(/[?&]__WB_REVISION__=[^&]*/, ''));
        progress = {
          ...progress,
          doneBytes: progress.doneBytes + (entry?.bytes ?? 0),
          donePages: progress.donePages + (entry && isPage(entry.url) ? 1 : 0),
        };
        await tell({ type: 'progress', ...progress });
      },
    },
  ],
});
controller.addToCacheList(manifest.map(({ url, revision }) => ({ url, revision })));

async function planDownload() {
  replacing = Boolean(self.registration.active);
  const cache = await caches.open(OFFLINE_CACHE);
  const missing: OfflineEntry[] = [];
  for (const entry of manifest) {
    const key = controller.getCacheKeyForURL(new URL(entry.url, self.location.href).href);
    if (!key || !(await cache.match(key))) missing.push(entry);
  }
  missingFiles = missing.length;
  progress = {
    doneBytes: 0,
    totalBytes: missing.reduce((sum, entry) => sum + entry.bytes, 0),
    donePages: 0,
    totalPages: missing.filter((entry) => isPage(entry.url)).length,
  };
  await tell({ type: 'progress', ...progress });
}

self.addEventListener('install', (event) => {
  // Planning must finish before workbox starts storing files, so progress counts from zero.
  event.waitUntil(
    planDownload().then(async () => {
      await controller.install(event);
      await self.skipWaiting();
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await controller.activate(event);
      await self.clients.claim();
      await tell({ type: 'saved', builtAt: __HTW_BUILT_AT__, updated: replacing, changedFiles: missingFiles });
    })(),
  );
});

self.addEventListener('message', (event) => {
  const message = readPageMessage(event.data);
  if (message?.type === 'cancel') cancelled = true;
  else if (message?.type === 'status' && event.source)
    event.source.postMessage({ type: 'status', builtAt: __HTW_BUILT_AT__ } satisfies WorkerMessage);
});

/** The saved file for a URL: query strings are ignored (they only matter to the page's own scripts). */
function savedKey(url: URL): string | undefined {
  const path = `${url.origin}${url.pathname}`;
  return (
    controller.getCacheKeyForURL(path) ??
    (path.endsWith('/') ? controller.getCacheKeyForURL(`${path}index.html`) : undefined) ??
    controller.getCacheKeyForURL(`${path}/index.html`)
  );
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const key = savedKey(url);
  if (key) {
    event.respondWith(caches.match(key, { cacheName: OFFLINE_CACHE }).then((saved) => saved ?? fetch(request)));
  } else if (request.mode === 'navigate') {
    // A page the copy does not have: the network if it answers, else the saved "not found" page.
    const notFound = controller.getCacheKeyForURL(new URL('404.html', self.location.href).href);
    event.respondWith(
      fetch(request).catch(async () => {
        const page = notFound ? await caches.match(notFound, { cacheName: OFFLINE_CACHE }) : undefined;
        return page ? new Response(page.body, { status: 404, headers: page.headers }) : Response.error();
      }),
    );
  }
});
