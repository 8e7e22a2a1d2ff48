/**
 * Headless Chromium for the browser tests (see chromium.ts), and the site served from dist/ by a local
 * static server, optionally under a sub-path.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, inject } from 'vitest';
import { headerRules } from './headers.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.ts';
import { must } from '../../src/lib/required.ts';

/** The run's shared browser when the browser tier's setup started one, else a browser of this file's own. */
async function connectBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS });
}

export interface SiteServer {
  /** Base URL including the sub-path, ending in "/". */
  url: string;
  /** Serves another built folder from now on, at the same address: a new deployment of the site. */
  redeploy(dist: string): Promise<void>;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Sees every request's path (and may delay its answer) before it is served. */
  onRequest?: (path: string) => void | Promise<void>;
}

/** The request handlers for one built folder: its files, its 404 page and its `_headers` rules. */
async function siteHandlers(dist: string) {
  return {
    files: sirv(dist, { dev: false, etag: false, extensions: ['html'] }),
    notFound: sirv(dist, { dev: false, single: '404.html' }),
    applyHeaders: await headerRules(dist),
  };
}

/**
 * Serves a built site folder on 127.0.0.1 (random port), mounted at `base`, with the headers its `_headers`
 * file sets (so the CSP header, not only the meta tag, is enforced). Unknown paths get 404.html.
 */
export async function serveSite(dist: string, base = '/', { onRequest }: ServeOptions = {}): Promise<SiteServer> {
  let site = await siteHandlers(dist);
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    void Promise.resolve(onRequest?.(pathname)).then(() => {
      const { files, notFound, applyHeaders } = site;
      applyHeaders(pathname, res);
      if (!req.url?.startsWith(base)) {
        res.statusCode = 404;
        res.end('Not under the base path');
        return;
      }
      req.url = `/${req.url.slice(base.length)}`;
      files(req, res, () => {
        res.statusCode = 404;
        notFound(req, res);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    redeploy: async (next) => {
      site = await siteHandlers(next);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface OpenOptions {
  javaScriptEnabled?: boolean;
  /** A custom element to wait for (its script has run), when JavaScript is on. */
  waitFor?: string;
  /** Any other readiness check, run after `waitFor` when JavaScript is on. */
  ready?: (page: Page) => Promise<unknown>;
  /** localStorage entries set before the page's scripts run (saved state, corrupt or not). */
  storage?: Record<string, string>;
  /**
   * Site storage blocked, as when a reader blocks site data: reading `window.localStorage` throws a
   * SecurityError from the very first script on.
   */
  storageBlocked?: boolean;
  /** Further browser-context options: reduced motion, downloads, ... */
  context?: BrowserContextOptions;
  /** Installs Playwright's fake clock before the page loads, for timers and animations. */
  fakeClock?: boolean;
}

export interface OpenedPage {
  page: Page;
  /** Uncaught errors thrown in the page. */
  errors: string[];
  close: () => Promise<void>;
}

export interface SiteSession {
  readonly browser: Browser;
  readonly site: SiteServer;
  /** Opens `url` (a site path such as "/what-heals/empathy/", a #fragment allowed) in a fresh context. */
  open(url: string, options?: OpenOptions): Promise<OpenedPage>;
}

/** Runs in the page: the `localStorage` getter throws, exactly as Chromium's does with site data blocked. */
function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

/**
 * A browser connection and one local server for a test file, opened before its tests and closed after them
 * (closing a connection to the shared browser closes the contexts this file made).
 */
export function useSite(dist: string, base = '/', serveOptions: ServeOptions = {}): SiteSession {
  let browser: Browser | undefined;
  let site: SiteServer | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([connectBrowser(), serveSite(dist, base, serveOptions)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      return must(browser);
    },
    get site() {
      return must(site);
    },
    async open(
      url,
      { javaScriptEnabled = true, waitFor, ready, storage, storageBlocked, context: contextOptions, fakeClock } = {},
    ) {
      const context = await must(browser).newContext({ ...contextOptions, javaScriptEnabled });
      if (storageBlocked) await context.addInitScript(blockStorage);
      if (storage)
        await context.addInitScript(
          (entries) => Object.entries(entries).forEach(([key, value]) => localStorage.setItem(key, value)),
          storage,
        );
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      if (fakeClock) await page.clock.install();
      await page.goto(new URL(url.replace(/^\//, ''), must(site).url).href);
      if (javaScriptEnabled && waitFor)
        await page.waitForFunction((name) => customElements.get(name) !== undefined, waitFor);
      if (javaScriptEnabled && ready) await ready(page);
      return { page, errors, close: () => context.close() };
    },
  };
}
