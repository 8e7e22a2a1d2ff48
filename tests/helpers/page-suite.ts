/**
 * The whole-site browser suite, in parts that separate test files run side by side: on every page, in light
 * and dark themes and without JavaScript, axe finds nothing, the console stays clean, the Content Security
 * Policy is never violated, nothing is requested from another origin and no cookie is set; no-JS reading;
 * what a first view loads; and the site chrome (search, the theme toggle, quick exit), which the sub-path
 * build's smoke test runs too.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useSite, type SiteSession } from './browser';
import { pageCost } from './bytes';
import { builtPages, isPlainArticle } from './dist';
import { must } from '../../src/lib/required.ts';

/** Watches a page for everything the site promises never happens. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      problems.push(`request to another origin: ${r.url()}`);
  });
  return problems;
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate('window.__cspViolations ?? []');
}

/** Records CSP violations from the very first script on (console errors can miss report-only cases). */
async function recordCsp(context: BrowserContext) {
  await context.addInitScript(
    `window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
  );
}

/** What every part needs: the built pages, a browser session and the site's URLs. */
function setUp(dist: string, base: string) {
  const pages = builtPages(dist);
  const session = useSite(dist, base);
  const at = (url: string) => new URL(url.slice(1), session.site.url).href;
  return { pages, session, at };
}

const isNotFoundNoise = (url: string, problem: string) => url === '/404.html' && /404/.test(problem);

/** Every page in one theme: no axe violation, clean console, no CSP violation, no third-party request, no cookie. */
export function everyPageInTheme(theme: 'light' | 'dark', dist: string, base: string) {
  const { pages, session, at } = setUp(dist, base);
  const urls = pages.map((p) => p.url);
  describe(`every page in the ${theme} theme`, () => {
    it.each(urls)(
      '%s: no axe violation, clean console, no CSP violation, no third-party request, no cookie',
      async (url) => {
        const context = await session.browser.newContext({ colorScheme: theme });
        await recordCsp(context);
        const page = await context.newPage();
        const problems = watch(page, new URL(session.site.url).origin);
        await page.goto(at(url), { waitUntil: 'load' });
        expect(await page.evaluate('document.documentElement.dataset.theme')).toBe(theme);
        expect(await axeViolations(page)).toEqual([]);
        expect(await cspViolations(page)).toEqual([]);
        expect(problems.filter((p) => !isNotFoundNoise(url, p))).toEqual([]);
        expect(await context.cookies()).toEqual([]);
        await context.close();
      },
    );
  });
}

/** Every page without JavaScript: clean, private, and every article fully readable. */
export function everyPageWithoutJavaScript(dist: string, base: string) {
  const { pages, session, at } = setUp(dist, base);
  const urls = pages.map((p) => p.url);
  const articles = pages.filter((p) => p.root.querySelector('[data-pagefind-body]')).map((p) => p.url);
  describe('without JavaScript', () => {
    // Chromium reports CSP violations as console errors even with scripts off, so `problems` catches them.
    it.each(urls)('%s: no CSP violation, clean console, no third-party request, no cookie', async (url) => {
      const context = await session.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const problems = watch(page, new URL(session.site.url).origin);
      await page.goto(at(url), { waitUntil: 'load' });
      expect(problems.filter((p) => !isNotFoundNoise(url, p))).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    });

    it.each(articles)('%s is fully readable', async (url) => {
      const context = await session.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(at(url));
      const built = must(pages.find((p) => p.url === url));
      // Every paragraph, list item and heading of the article body is visible as text (definitions in
      // popovers and answers in <details> aside). Compared without white space: layout decides line breaks.
      const prose = must(built.root.querySelector('.prose')).clone() as typeof built.root;
      prose
        .querySelectorAll('.term > [popover], .term > button, details, [hidden], [data-js-only]')
        .forEach((el) => el.remove());
      const squash = (text: string) => text.replace(/\s+/g, '');
      const blocks = prose
        .querySelectorAll('p, li, h2, h3')
        .map((el) => el.text.trim())
        .filter(Boolean);
      expect(blocks.length).toBeGreaterThan(0);
      const visible = squash(
        await page.locator('.prose').evaluate((el) => {
          el.querySelectorAll('.term > button').forEach((button) => button.remove());
          return (el as HTMLElement).innerText;
        }),
      );
      expect(blocks.filter((b) => !visible.includes(squash(b)))).toEqual([]);
      expect(await page.locator('h1').isVisible()).toBe(true);
      // Quiz answers are in <details>, so they open without scripts.
      if (await page.locator('.quiz-answer').count()) {
        await page.locator('.quiz-answer summary').first().click();
        expect(await page.locator('.quiz-answer').first().getAttribute('open')).not.toBeNull();
      }
      await context.close();
    });
  });
}

/** What a first view of a plain article loads, per section. */
export function firstViewOfPlainArticles(dist: string, base: string) {
  const { pages, session, at } = setUp(dist, base);
  describe('first view of a plain article', () => {
    // One plain article per section: they share one layout, so what one loads while idle, all do.
    const sections = new Map(pages.filter(isPlainArticle).map((p) => [p.url.split('/')[1], p]));
    it.each([...sections.values()].map((p) => [p.url, p] as const))(
      '%s loads only what the byte budget counts while idle; Pagefind waits until search is opened',
      async (url, built) => {
        const counted = new Set([
          `${base}${url.slice(1)}`,
          ...built.root.querySelectorAll('link[rel="stylesheet"]').map((link) => must(link.getAttribute('href'))),
          ...pageCost(built, dist, base).scripts.map((file) => `${base}${file}`),
        ]);
        const context = await session.browser.newContext();
        const page = await context.newPage();
        const requested: string[] = [];
        page.on('request', (r) => requested.push(new URL(r.url()).pathname));
        await page.goto(at(url), { waitUntil: 'networkidle' });
        await page.waitForTimeout(1500);
        // The favicon is the browser's own request, not the page's first view.
        expect(requested.filter((p) => !counted.has(p) && p !== `${base}favicon.svg`)).toEqual([]);
        expect(requested.some((p) => p.includes('/pagefind/'))).toBe(false);
        await page.keyboard.press('/');
        await expect.poll(() => requested.some((p) => p.startsWith(`${base}pagefind/`))).toBe(true);
        await context.close();
      },
    );
  });
}

/** The site chrome on every page: search, the theme toggle and quick exit. */
export function siteChrome(dist: string, base: string): SiteSession {
  const { session, at } = setUp(dist, base);
  describe('search', () => {
    it('opens with "/" and Ctrl+K, and finds an article from the keyboard', async () => {
      const context = await session.browser.newContext();
      await recordCsp(context);
      const page = await context.newPage();
      const problems = watch(page, new URL(session.site.url).origin);
      await page.goto(session.site.url);
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
      expect(await first.getAttribute('href')).toBe(`${base}change-over-time/dose-effect/`);
      expect(await page.locator('dialog[open] [data-search-results] mark').count()).toBeGreaterThan(0);
      // The filters narrow the results and keep working by keyboard.
      await page.locator('dialog[open] input[name="section"]').first().focus();
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator('dialog[open] [data-search-status]').innerText()).toMatch(/result/);
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('reads ?q= on the search page so a search can be linked', async () => {
      const context = await session.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${at('/search/')}?q=dose`);
      const first = page.locator('[data-search-results] li a').first();
      await first.waitFor();
      expect(await first.getAttribute('href')).toBe(`${base}change-over-time/dose-effect/`);
      await context.close();
    });
  });

  describe('theme toggle', () => {
    it('switches theme and keeps the choice after a reload', async () => {
      const context = await session.browser.newContext({ colorScheme: 'light' });
      const page = await context.newPage();
      await page.goto(session.site.url);
      const toggle = page.locator('theme-toggle button');
      await expect.poll(() => toggle.isEnabled()).toBe(true);
      await toggle.click();
      expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
      // The control says which theme is on, in its accessible name as in its visible words.
      expect(await page.getByRole('button', { name: 'Theme: Dark', exact: true }).count()).toBe(1);
      await page.reload();
      expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
      await context.close();
    });
  });

  describe('quick exit', () => {
    it('leaves for a neutral site on three Escape presses, replacing this page in history', async () => {
      const context = await session.browser.newContext();
      // The neutral site is another origin: answer it locally instead of going out to the network.
      const origin = new URL(session.site.url).origin;
      await context.route(
        (url) => url.origin !== origin,
        (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutral</title>' }),
      );
      const page = await context.newPage();
      await page.goto(at('/glossary/'));
      await page.goto(at('/help-now/'));
      await page.waitForFunction('customElements.get("quick-exit") !== undefined');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.waitForURL((url) => !url.href.startsWith(session.site.url));
      expect(await page.title()).toBe('Neutral');
      await page.goBack();
      // Back skips the replaced page and returns to the one before it.
      expect(page.url()).toBe(at('/glossary/'));
      await context.close();
    });
  });
  return session;
}
