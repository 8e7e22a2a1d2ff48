/** The life-stages timeline on its article: no-JS ordered list, ARIA tabs by keyboard, axe, clicks and links. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe';
import { useSite } from '../../helpers/browser';
import { pagesIn } from '../../helpers/dist';
import { BUILDS, DIST } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const article = must(pagesIn(DIST, 'en').find((p) => p.root.querySelector('life-stages-timeline')));
const READY = 'customElements.get("life-stages-timeline") !== undefined';

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  const openArticle = (javaScriptEnabled = true, hash = '') =>
    session.open(article.url + hash, { javaScriptEnabled, ready: (page) => page.waitForFunction(READY) });

  /** The selected tab's number, the focused tab's number, and the headings of the panels on show. */
  async function state(page: Page) {
    return {
      selected: await page
        .locator('life-stages-timeline [role="tab"][aria-selected="true"] .ls-tab-number')
        .innerText(),
      focused: await page.evaluate('document.activeElement?.querySelector(".ls-tab-number")?.textContent ?? null'),
      panels: await page.locator('life-stages-timeline [role="tabpanel"]:visible h4').allInnerTexts(),
    };
  }

  describe(`life-stages timeline (${article?.url})`, () => {
    it('is placed in the life-stages article, which cites both sources it links to', () => {
      expect(article.url).toBe('/change-over-time/life-stages/');
      expect(article.root.querySelector('#ref-erikson1950')).not.toBeNull();
      expect(article.root.querySelector('#ref-erikson1997')).not.toBeNull();
    });

    it('is an ordered list of all eight stages with all their content without JavaScript', async () => {
      const { page, close } = await openArticle(false);
      const items = page.locator('life-stages-timeline ol > li');
      expect(await items.count()).toBe(8);
      for (let i = 0; i < 8; i++) expect(await items.nth(i).isVisible()).toBe(true);
      expect(await items.first().innerText()).toMatch(
        /Stage 1: Trust[\s\S]*Trust versus mistrust[\s\S]*Hope[\s\S]*In therapy \(fictional example\)/,
      );
      expect(await items.last().innerText()).toMatch(/Stage 8: Integrity[\s\S]*Integrity versus despair[\s\S]*Wisdom/);
      expect(await page.locator('life-stages-timeline [role="tablist"]').isVisible()).toBe(false);
      await close();
    });

    it('works as ARIA tabs by keyboard: arrows wrap, Home and End jump, one tab in the Tab order', async () => {
      const { page, close } = await openArticle();
      expect(await state(page)).toMatchObject({ selected: '1', panels: ['Stage 1: Trust'] });
      await page.locator('life-stages-timeline [role="tab"]').first().focus();
      await page.keyboard.press('ArrowRight');
      expect(await state(page)).toEqual({ selected: '2', focused: '2', panels: ['Stage 2: Autonomy'] });
      expect(await page.locator('life-stages-timeline [role="tabpanel"]:visible').innerText()).toMatch(
        /Autonomy versus shame and doubt[\s\S]*Will/,
      );
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await state(page)).toEqual({ selected: '8', focused: '8', panels: ['Stage 8: Integrity'] });
      await page.keyboard.press('ArrowRight');
      expect(await state(page)).toEqual({ selected: '1', focused: '1', panels: ['Stage 1: Trust'] });
      await page.keyboard.press('End');
      expect(await state(page)).toEqual({ selected: '8', focused: '8', panels: ['Stage 8: Integrity'] });
      await page.keyboard.press('Home');
      expect(await state(page)).toEqual({ selected: '1', focused: '1', panels: ['Stage 1: Trust'] });
      expect(await page.locator('life-stages-timeline [role="tab"][tabindex="0"]').count()).toBe(1);
      // Tab leaves the tab list for the open panel.
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.getAttribute("role")')).toBe('tabpanel');
      expect(await axeViolations(page, 'life-stages-timeline')).toEqual([]);
      await close();
    });

    it('shows the chosen stage with its tension, strength and a fictional therapy example', async () => {
      const { page, close } = await openArticle();
      await page.locator('life-stages-timeline [role="tab"]', { hasText: 'Generativity' }).click();
      const panel = page.locator('life-stages-timeline [role="tabpanel"]:visible');
      expect(await panel.count()).toBe(1);
      const text = await panel.innerText();
      expect(text).toMatch(/Stage 7: Generativity/);
      expect(text).toMatch(/Middle adulthood, about 40–65 years/);
      expect(text).toMatch(/Generativity versus stagnation/);
      expect(text).toMatch(/Strength it can build\s+Care/);
      expect(text).toMatch(/In therapy \(fictional example\)\s+Samuel, 48,/);
      expect(await panel.getAttribute('aria-labelledby')).toBe(
        await page.locator('[role="tab"][aria-selected="true"]').getAttribute('id'),
      );
      await close();
    });

    it('opens the stage a link names', async () => {
      const { page, close } = await openArticle(true, '#life-stage-4');
      expect(await state(page)).toMatchObject({ selected: '4', panels: ['Stage 4: Industry'] });
      await close();
    });
  });
});
