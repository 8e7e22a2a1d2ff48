/**
 * The real built site in headless Chromium: accessibility (axe, WCAG 2.2 A/AA) in light and dark themes,
 * no console errors, search by keyboard, the theme toggle, and every article readable without JavaScript.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { launchBrowser, serveSite, type SiteServer } from '../helpers/browser';
import { builtPages } from '../helpers/dist';
import { DIST } from '../helpers/paths';

const pages = builtPages(DIST).map((p) => p.url);
const articles = builtPages(DIST).filter((p) => p.root.querySelector('[data-pagefind-body]')).map((p) => p.url);

let browser: Browser;
let site: SiteServer;
beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveSite(DIST)]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each(['light', 'dark'] as const)('every page in the %s theme', (theme) => {
  it.each(pages)('%s: axe finds no WCAG 2.2 A/AA violation and the console stays clean', async (url) => {
    const context = await browser.newContext({ colorScheme: theme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL(url.slice(1), site.url).href, { waitUntil: 'load' });
    expect(await page.evaluate('document.documentElement.dataset.theme')).toBe(theme);
    expect(await axeViolations(page)).toEqual([]);
    // The 404 page is served with status 404, which Chromium reports as a console error by design.
    expect(errors.filter((e) => !(url === '/404.html' && /404/.test(e)))).toEqual([]);
    await context.close();
  });
});

describe('search', () => {
  it('opens with "/" and Ctrl+K, and finds an article from the keyboard', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForFunction('customElements.get("site-search") !== undefined');
    await page.keyboard.press('/');
    const input = page.locator('dialog[open] input[type="search"]');
    await expect.poll(() => input.isVisible()).toBe(true);
    expect(await page.evaluate('document.activeElement?.type')).toBe('search');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await page.keyboard.press('Control+k');
    await input.fill('dose');
    const first = page.locator('dialog[open] [data-search-results] li a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/\/dose-effect\/$/);
    expect(await page.locator('dialog[open] [data-search-results] mark').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('reads ?q= on the search page so a search can be linked', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('search/?q=dose', site.url).href);
    const first = page.locator('[data-search-results] li a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/\/dose-effect\/$/);
    await context.close();
  });
});

describe('theme toggle', () => {
  it('switches theme and keeps the choice after a reload', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site.url);
    const toggle = page.locator('theme-toggle button');
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    await toggle.click();
    expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it.each(articles)('%s is fully readable', async (url) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(url.slice(1), site.url).href);
    const built = builtPages(DIST).find((p) => p.url === url)!;
    // Every paragraph and list item of the article body is visible as text (definitions in popovers aside).
    const prose = built.root.querySelector('.prose')!.clone() as typeof built.root;
    prose.querySelectorAll('.term-popover, .term-info, details').forEach((el) => el.remove());
    // Compared without white space: layout decides where the browser puts line breaks.
    const squash = (text: string) => text.replace(/\s+/g, '');
    const blocks = prose.querySelectorAll('p, li, h2, h3').map((el) => el.text.trim()).filter(Boolean);
    expect(blocks.length).toBeGreaterThan(0);
    // The "?" definition buttons add a character next to each term; leave them out of the comparison.
    const visible = squash(
      await page.locator('.prose').evaluate((prose) => {
        prose.querySelectorAll('.term-info').forEach((button) => button.remove());
        return (prose as HTMLElement).innerText;
      }),
    );
    expect(blocks.filter((b) => !visible.includes(squash(b)))).toEqual([]);
    expect(await page.locator('h1').isVisible()).toBe(true);
    // The quiz answers are in <details>, so they can be opened without scripts.
    if (await page.locator('.quiz-answer').count()) {
      await page.locator('.quiz-answer summary').first().click();
      expect(await page.locator('.quiz-answer').first().getAttribute('open')).not.toBeNull();
    }
    await context.close();
  });
});
