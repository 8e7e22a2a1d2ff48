/**
 * The site's frame on a phone (390 x 844) and on a desktop, in both themes, with and without JavaScript:
 * on a phone the header takes at most 15% of the first screen, Get help now and Quick exit are in view
 * without opening anything, search opens in one tap and the section links in one more (a <details> Menu);
 * on a desktop every section link is in view. The theme control's visible word and accessible name say the
 * theme that is on. Screenshots go to .cache/screenshots/ (git-ignored) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { THEME_KEY } from '../../src/lib/theme';
import { SECTIONS } from '../../src/schemas/sections';
import { es } from '../../src/i18n/strings/es';
import { strings } from '../../src/i18n';
import { pageLangOf } from '../helpers/languages';
import { axeViolations } from '../helpers/axe';
import { useSite } from '../helpers/browser';
import { BUILDS, ROOT } from '../helpers/paths';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** The share of a phone's first screen the header may take. */
const MAX_HEADER_SHARE = 0.15;
/** WCAG 2.2 AA target size (2.5.8), in CSS pixels. */
const MIN_TARGET = 24;
const THEMES = ['light', 'dark'] as const;
/** What the theme control says for each theme, on screen and in its accessible name ("Theme: Dark"). */
type Theme = 'light' | 'dark';
/** The header's words on the page a test has open, from the strings of that page's language. */
const wordsOn = (page: Page) => strings(pageLangOf(new URL(page.url()).pathname)).header;
const says = (page: Page, theme: Theme) => wordsOn(page)[theme];
// Spanish pages too: their words run longer, and the header must still keep to two rows on a phone.
const PAGES = ['/', '/what-heals/empathy/', '/help-now/', '/glossary/', '/es/', '/es/starting-therapy/first-session/'];
// The sections, the glossary, then the language switcher: /what-heals/empathy/ is not in Spanish yet, so its
// Spanish link goes to the Spanish home page and says so.
const SECTION_LINKS = [...SECTIONS.map((s) => s.title), 'Glossary', `Español ${es.language.homeOnly}`];
const SCREENSHOTS = path.join(ROOT, '.cache/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const slug = (url: string) => url.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';

/** The header's controls, found by role and exact name (in the page's language) as a screen reader would. */
function frame(page: Page) {
  const header = page.locator('body > header');
  const words = wordsOn(page);
  const link = (name: string) => header.getByRole('link', { name, exact: true });
  return {
    header,
    // On a phone a long "Get help now" shows (and is named by) its short form.
    getHelp: header.getByRole('link', { name: new RegExp(`^(${words.helpNow}|${words.helpNowShort})$`) }),
    quickExit: link(words.quickExit),
    search: link(words.search),
    menu: header.locator('summary'),
    theme: (theme: Theme) => header.getByRole('button', { name: `${words.theme} ${words[theme]}`, exact: true }),
    nav: header.getByRole('navigation', { name: words.sectionsNav }),
  };
}

/** Visible, wholly inside the first screen, and at least the minimum target size. */
async function inFirstScreen(locator: Locator, viewport: { width: number; height: number }) {
  const found = await locator.boundingBox();
  return (
    (await locator.isVisible()) &&
    found !== null &&
    found.x >= 0 &&
    found.y >= 0 &&
    found.x + found.width <= viewport.width &&
    found.y + found.height <= viewport.height &&
    found.width >= MIN_TARGET &&
    found.height >= MIN_TARGET
  );
}

/** A locator's box, which a visible element always has. */
async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${String(locator)} has no box: it is not rendered`);
  return found;
}

/**
 * The words a sighted reader sees in an element: text inside the screen-reader-only 1px box (Tailwind's
 * sr-only) or inside an element that is not rendered does not count.
 */
const visibleWords = (locator: Locator) =>
  locator.evaluate((root) => {
    const words: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const rect = node.parentElement?.getBoundingClientRect();
      const text = node.textContent?.trim();
      if (rect && rect.width > 1 && rect.height > 1 && text) words.push(text);
    }
    return words.join(' ');
  });

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(BUILDS)('the header on the $name build', ({ name: build, dist, base }) => {
  const session = useSite(dist, base);
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${build}-${name}.png`) });

  describe('on a phone (390 x 844)', () => {
    const phone = (colorScheme: 'light' | 'dark', extra = {}) => ({
      viewport: PHONE,
      colorScheme,
      hasTouch: true,
      deviceScaleFactor: 2,
      ...extra,
    });

    it.each(PAGES.flatMap((url) => THEMES.map((theme) => [url, theme] as const)))(
      '%s in the %s theme: header within 15% of the screen, Get help now and Quick exit in view, the theme shown',
      async (url, theme) => {
        const { page, errors, close } = await session.open(url, { context: phone(theme), waitFor: 'theme-toggle' });
        const f = frame(page);
        expect((await box(f.header)).height).toBeLessThanOrEqual(PHONE.height * MAX_HEADER_SHARE);
        for (const control of [f.getHelp, f.quickExit, f.search, f.menu, f.theme(theme)])
          expect(await inFirstScreen(control, PHONE), String(control)).toBe(true);
        // The word a sighted reader sees names the same theme as the accessible name (found above).
        expect(await visibleWords(f.theme(theme))).toBe(says(page, theme));
        // The section links wait behind the Menu button until it is opened.
        expect(await f.nav.isVisible()).toBe(false);
        expect(await sidewaysScroll(page)).toBe(0);
        await shot(page, `phone-${theme}-${slug(url)}`);
        expect(errors).toEqual([]);
        await close();
      },
    );

    it.each([true, false])('opens search in one tap (JavaScript on: %s)', async (javaScriptEnabled) => {
      const { page, close } = await session.open('/what-heals/empathy/', {
        javaScriptEnabled,
        context: phone('light'),
        waitFor: 'site-search',
      });
      await frame(page).search.tap();
      // With JavaScript a dialog opens in place; without it, the link leads to the search page.
      const input = page.locator(javaScriptEnabled ? 'dialog[open] input[type="search"]' : 'main input[type="search"]');
      await input.waitFor({ state: 'visible' });
      expect(await inFirstScreen(input, PHONE)).toBe(true);
      await close();
    });

    it.each(THEMES.flatMap((theme) => [true, false].map((js) => [theme, js] as const)))(
      'reaches every section link from the Menu by touch and by keyboard (%s theme, JavaScript on: %s)',
      async (theme, javaScriptEnabled) => {
        const { page, close } = await session.open('/what-heals/empathy/', {
          javaScriptEnabled,
          context: phone(theme),
        });
        const f = frame(page);
        // Without JavaScript the theme follows the system and no dead toggle is shown.
        expect(await page.locator('theme-toggle').isVisible()).toBe(javaScriptEnabled);
        expect((await box(f.header)).height).toBeLessThanOrEqual(PHONE.height * MAX_HEADER_SHARE);

        await f.menu.tap();
        await f.nav.waitFor({ state: 'visible' });
        const links = f.nav.getByRole('link');
        expect(await links.allInnerTexts()).toEqual(SECTION_LINKS);
        for (const link of await links.all()) {
          expect(await link.isVisible()).toBe(true);
          expect((await box(link)).height).toBeGreaterThanOrEqual(MIN_TARGET);
        }
        expect(await links.first().getAttribute('href')).toBe(`${base}${SECTIONS[0].id}/`);
        expect(await sidewaysScroll(page)).toBe(0);
        await shot(page, `phone-${theme}-menu-open${javaScriptEnabled ? '' : '-no-js'}`);

        // The keyboard closes and opens it too, with a visible focus ring (Tab away and back to it).
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        expect(await f.menu.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await f.menu.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
        await page.keyboard.press('Enter');
        await f.nav.waitFor({ state: 'hidden' });
        await page.keyboard.press('Space');
        await f.nav.waitFor({ state: 'visible' });
        await close();
      },
    );

    it.each(THEMES)('in the %s theme axe finds nothing in the header, with the Menu open', async (theme) => {
      const { page, close } = await session.open('/what-heals/empathy/', {
        context: phone(theme),
        waitFor: 'theme-toggle',
      });
      await frame(page).menu.tap();
      await frame(page).nav.waitFor({ state: 'visible' });
      expect(await axeViolations(page, 'body > header')).toEqual([]);
      await close();
    });

    it('switches the theme in one tap; the word on screen and the accessible name follow', async () => {
      const { page, close } = await session.open('/', { context: phone('light'), waitFor: 'theme-toggle' });
      const f = frame(page);
      await expect.poll(() => f.theme('light').isEnabled()).toBe(true);
      await f.theme('light').tap();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await visibleWords(f.theme('dark'))).toBe('Dark');
      expect(await f.theme('light').count()).toBe(0);
      await page.reload();
      expect(await visibleWords(f.theme('dark'))).toBe('Dark');
      await close();
    });

    it('shows a saved theme before any of the page’s script files has run', async () => {
      // Only the tiny inline script that sets data-theme may run: every script file is refused.
      const { page, close } = await session.open('/', {
        context: phone('light'),
        storage: { [THEME_KEY]: 'dark' },
      });
      await page.context().route(/\.m?js(\?|$)/, (route) => route.abort());
      await page.reload();
      expect(await page.evaluate(() => customElements.get('theme-toggle'))).toBeUndefined();
      expect(await visibleWords(frame(page).theme('dark'))).toBe('Dark');
      await close();
    });
  });

  describe('on a desktop (1280 x 800)', () => {
    it.each(THEMES)('in the %s theme every section link and control is in view, no Menu button', async (theme) => {
      const { page, close } = await session.open('/what-heals/empathy/', {
        context: { viewport: DESKTOP, colorScheme: theme },
        waitFor: 'theme-toggle',
      });
      const f = frame(page);
      const links = f.nav.getByRole('link');
      expect(await links.allInnerTexts()).toEqual(SECTION_LINKS);
      for (const link of await links.all()) expect(await inFirstScreen(link, DESKTOP)).toBe(true);
      for (const control of [f.getHelp, f.quickExit, f.search, f.theme(theme)])
        expect(await inFirstScreen(control, DESKTOP)).toBe(true);
      expect(await f.menu.isVisible()).toBe(false);
      // The full words show at this width.
      expect(await visibleWords(f.search)).toBe('Search');
      expect(await visibleWords(f.theme(theme))).toBe(`${wordsOn(page).theme} ${says(page, theme)}`);
      await shot(page, `desktop-${theme}`);
      await close();
    });
  });
});
