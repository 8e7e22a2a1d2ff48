/**
 * Offline reading, by the reader's choice: nothing is registered or downloaded until the reader presses Save;
 * once saved, the site works with the network cut; an update after a new deployment downloads only what
 * changed and never mixes two builds; Cancel and Remove leave nothing behind. At the root and under a sub-path.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOfflineCopy } from '../../src/integrations/offline.mjs';
import { useSite } from '../helpers/browser';
import { DIST, DIST_SUBPATH, SUBPATH } from '../helpers/paths';

const SAVE_TIMEOUT = { timeout: 60_000 };
const PLAIN_ARTICLE = '/what-heals/empathy/';
const WIDGET_ARTICLE = '/change-over-time/dose-effect/';

// Both builds, not only the root one as elsewhere: a service worker's scope and precache URLs are where a
// sub-path host would break offline reading.
const OFFLINE_BUILDS = [
  { name: 'root', dist: DIST, base: '/' },
  { name: 'sub-path', dist: DIST_SUBPATH, base: SUBPATH },
];

describe.each(OFFLINE_BUILDS)('offline reading, $name build', ({ dist, base }) => {
  /** Paths the server was asked for, and a delay per response (to catch a download half-way). */
  let requested: string[] = [];
  let delayMs = 0;
  const session = useSite(dist, base, {
    onRequest: async (pathname) => {
      requested.push(pathname);
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    },
  });
  const temp = mkdtempSync(path.join(tmpdir(), 'htw-offline-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const at = (url: string) => new URL(url.replace(/^\//, ''), session.site.url).href;

  async function openOfflinePage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(at('/read-offline/'));
    await page.waitForFunction(() => customElements.get('read-offline') !== undefined);
    return page;
  }

  const status = (page: Page) => page.locator('[data-offline-status]').innerText();
  const savedCaches = (page: Page) => page.evaluate(() => caches.keys());
  const registrations = (page: Page) =>
    page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));

  async function save(context: BrowserContext): Promise<Page> {
    const page = await openOfflinePage(context);
    await page.getByRole('button', { name: /^Save the whole site/ }).click();
    await expect.poll(() => status(page), SAVE_TIMEOUT).toMatch(/^Saved\. You can now read the whole site offline/);
    return page;
  }

  it('registers nothing and downloads nothing for a reader who never presses Save', async () => {
    requested = [];
    const context = await session.browser.newContext();
    const page = await context.newPage();
    for (const url of ['/', PLAIN_ARTICLE, WIDGET_ARTICLE, '/glossary/', '/read-offline/'])
      await page.goto(at(url), { waitUntil: 'networkidle' });
    expect(context.serviceWorkers()).toEqual([]);
    expect(await registrations(page)).toBe(0);
    expect(await savedCaches(page)).toEqual([]);
    expect(requested.filter((p) => p.endsWith('/sw.js'))).toEqual([]);
    // Only the page that offers the copy ships the code that registers it.
    for (const url of ['/', PLAIN_ARTICLE, WIDGET_ARTICLE]) {
      const html = readFileSync(path.join(dist, url, 'index.html'), 'utf8');
      expect(html).not.toMatch(/<read-offline[\s>]|ReadOffline/);
    }
    await context.close();
  });

  it('states the real download size before the reader chooses, without JavaScript too', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at('/read-offline/'));
    const bytes = Number(await page.locator('read-offline').getAttribute('data-offline-bytes'));
    expect(bytes).toBeGreaterThan(1_000_000);
    expect(await page.locator('main').innerText()).toMatch(/\d+\.\d MB in \d+ files, \d+ of them pages/);
    expect(await page.getByText('Saving the site needs JavaScript').isVisible()).toBe(true);
    await context.close();
  });

  it('saves with visible progress, then works with the network cut: pages, a widget, the glossary and search', async () => {
    const context = await session.browser.newContext();
    const page = await openOfflinePage(context);
    const progressSeen = page.waitForFunction(() =>
      /of [\d.]+ (MB|KB), \d+ of \d+ pages/.test(
        document.querySelector('[data-offline-progress-text]')?.textContent ?? '',
      ),
    );
    await page.getByRole('button', { name: /^Save the whole site/ }).click();
    await progressSeen;
    await expect.poll(() => status(page), SAVE_TIMEOUT).toMatch(/^Saved\./);
    expect(await page.getByRole('button', { name: 'Remove offline copy' }).isVisible()).toBe(true);

    await context.setOffline(true);
    const offline = await context.newPage();
    await offline.goto(at(PLAIN_ARTICLE));
    expect(await offline.locator('h1').innerText()).toBe('Empathy');

    await offline.goto(at(WIDGET_ARTICLE));
    await offline.waitForFunction(() => customElements.get('dose-effect-explorer') !== undefined);
    expect(await offline.locator('dose-effect-explorer').isVisible()).toBe(true);

    await offline.goto(at('/glossary/'));
    expect(await offline.locator('h1').innerText()).toMatch(/Glossary/);

    await offline.goto(`${at('/search/')}?q=dose`);
    const first = offline.locator('[data-search-results] li a').first();
    await first.waitFor(SAVE_TIMEOUT);
    expect(await first.getAttribute('href')).toBe(`${base}change-over-time/dose-effect/`);

    // The indicator on the Read offline page says the copy is saved, and from when.
    await offline.goto(at('/read-offline/'));
    await expect
      .poll(() => status(offline))
      .toMatch(/^This site is saved on this device: the version of \d{1,2} \w+ \d{4}\.$/);
    await context.close();
  });

  it('updates in the background to a new deployment, downloading only what changed and mixing nothing', async () => {
    const context = await session.browser.newContext();
    const page = await save(context);

    // A new deployment in which one article changed: the same site with that page edited and the copy rebuilt.
    const next = path.join(temp, 'next');
    cpSync(dist, next, { recursive: true });
    const changed = path.join(next, PLAIN_ARTICLE, 'index.html');
    writeFileSync(
      changed,
      readFileSync(changed, 'utf8').replace('</h1>', '</h1><p id="new-in-this-build">Updated text.</p>'),
    );
    await buildOfflineCopy({ out: next, base, builtAt: new Date('2031-01-02T00:00:00Z') });
    await session.site.redeploy(next);

    requested = [];
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect
      .poll(() => status(page), SAVE_TIMEOUT)
      .toMatch(/updated to the version of 2 January 2031 \(2 changed files\)/);
    // Only the worker script, the changed article and the Read offline page (whose size figures changed).
    const downloaded = requested.filter((p) => !p.endsWith('/sw.js')).sort();
    expect(downloaded).toEqual([`${base}read-offline/index.html`, `${base}${PLAIN_ARTICLE.slice(1)}index.html`].sort());

    // Online, once the update is complete, a visit gets the new page, never the old one.
    const online = await context.newPage();
    await online.goto(at(PLAIN_ARTICLE));
    expect(await online.locator('#new-in-this-build').count()).toBe(1);

    await context.setOffline(true);
    const offline = await context.newPage();
    await offline.goto(at(PLAIN_ARTICLE));
    expect(await offline.locator('#new-in-this-build').count()).toBe(1);
    await offline.goto(at(WIDGET_ARTICLE));
    expect(await offline.locator('h1').isVisible()).toBe(true);
    // One saved version of each file: the old article is gone from the cache.
    const keys = await offline.evaluate(() =>
      caches.open('htw-offline').then((cache) => cache.keys().then((requests) => requests.map((r) => r.url))),
    );
    expect(keys.filter((url) => url.includes(`${PLAIN_ARTICLE}index.html`))).toHaveLength(1);
    await context.close();
    await session.site.redeploy(dist);
  });

  it('cancels a download half-way and keeps nothing', async () => {
    const context = await session.browser.newContext();
    const page = await openOfflinePage(context);
    delayMs = 40;
    try {
      await page.getByRole('button', { name: /^Save the whole site/ }).click();
      await page.waitForFunction(() => (document.querySelector('progress')?.value ?? 0) > 0);
      await page.getByRole('button', { name: 'Cancel saving' }).click();
      await expect
        .poll(() => status(page), SAVE_TIMEOUT)
        .toBe('Saving was cancelled. Nothing was kept on this device.');
    } finally {
      delayMs = 0;
    }
    expect(await savedCaches(page)).toEqual([]);
    expect(await registrations(page)).toBe(0);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(await savedCaches(page)).toEqual([]);
    await context.close();
  });

  it('removes the saved copy: no worker, no cached file', async () => {
    const context = await session.browser.newContext();
    const page = await save(context);
    await page.getByRole('button', { name: 'Remove offline copy' }).click();
    await expect.poll(() => status(page)).toBe('The offline copy was removed from this device.');
    expect(await savedCaches(page)).toEqual([]);
    expect(await registrations(page)).toBe(0);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await context.close();
  });

  it('once saved, the site can be installed as an app', async () => {
    const context = await session.browser.newContext();
    const page = await save(context);
    await page.reload();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    await context.close();
  });
});
