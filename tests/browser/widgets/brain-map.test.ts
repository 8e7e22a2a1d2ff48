/** The brain map on its article: the no-JS list and labelled drawings, keyboard selection, pointer selection, axe. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe';
import { useSite } from '../../helpers/browser';
import { pagesIn } from '../../helpers/dist';
import { BUILDS, DIST } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const article = must(pagesIn(DIST, 'en').find((p) => p.root.querySelector('brain-map')));
const REGIONS = [
  'Amygdala',
  'Hippocampus',
  'Prefrontal cortex',
  'Anterior cingulate cortex',
  'Insula',
  'Caudate nucleus',
];

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  const openArticle = (javaScriptEnabled = true) =>
    session.open(article.url, {
      javaScriptEnabled,
      ready: (page) => page.waitForFunction('document.querySelector("brain-map")?.dataset.selected !== undefined'),
    });

  /** The region whose details are showing, and its text. */
  async function shownRegions(page: Page): Promise<string[]> {
    return page.locator('brain-map .region-details:visible dt').allInnerTexts();
  }

  describe(`brain map (${article?.url})`, () => {
    it('is on the brain-regions article', () => {
      expect(article.url).toBe('/brain/brain-regions/');
    });

    it('without JavaScript lists all six regions with findings and sources, and labels every region in the drawings', async () => {
      const { page, close } = await openArticle(false);
      const map = page.locator('brain-map');
      expect(await map.locator('dl dt').allInnerTexts()).toEqual(REGIONS);
      for (const details of await map.locator('dl dd').all()) {
        expect(await details.isVisible()).toBe(true);
        expect(await details.innerText()).toMatch(/What it does\.[\s\S]+What therapy studies found[\s\S]+Source: /);
      }
      const caudate = map.locator('[data-details="caudate"] dd');
      expect(await caudate.innerText()).toContain('right caudate nucleus');
      expect(await caudate.locator('a').first().getAttribute('href')).toBe(`${base}references/#baxter1992`);
      const labels = (await map.locator('svg text').allTextContents()).join(' ');
      for (const name of ['Amygdala', 'Hippocampus', 'Prefrontal cortex', 'Anterior cingulate', 'Insula', 'Caudate'])
        expect(labels).toContain(name);
      expect(await map.innerText()).toContain('Schematic drawings, not anatomically exact');
      expect(await map.locator('[role="toolbar"]').isVisible()).toBe(false);
      await close();
    });

    it('is driven by keyboard alone: arrows move and wrap, the right text shows, and axe finds nothing', async () => {
      const { page, close } = await openArticle();
      expect(await shownRegions(page)).toEqual(['Amygdala']);
      // Tab reaches the toolbar's single tab stop, the selected region.
      await page.locator('brain-map button[aria-pressed="true"]').focus();
      await page.keyboard.press('ArrowRight');
      expect(await shownRegions(page)).toEqual(['Hippocampus']);
      const hippocampus = page.locator('[data-details="hippocampus"]');
      expect(await hippocampus.innerText()).toContain('17 people were scanned and 14 finished CBT');
      expect(await hippocampus.locator('a', { hasText: 'Goldapple' }).getAttribute('href')).toBe(
        `${base}references/#goldapple2004`,
      );
      expect(await page.evaluate('document.activeElement.textContent.trim()')).toBe('Hippocampus');
      expect(await page.locator('brain-map [role="status"]').innerText()).toBe(
        'Showing Hippocampus: what it does and 3 therapy findings.',
      );
      expect(await page.locator('brain-map svg .region.is-selected').count()).toBe(2); // both views
      await page.keyboard.press('End');
      expect(await shownRegions(page)).toEqual(['Caudate nucleus']);
      await page.keyboard.press('ArrowRight');
      expect(await shownRegions(page)).toEqual(['Amygdala']);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await shownRegions(page)).toEqual(['Insula']);
      expect(await page.locator('[data-details="insula"]').innerText()).toContain('drops in insula activity');
      expect(await page.locator('brain-map button[aria-pressed="true"]').allInnerTexts()).toEqual(['Insula']);
      expect(await axeViolations(page, 'brain-map')).toEqual([]);
      await close();
    });

    it('selects with Enter on a region button, and with a pointer on a region or its label in the drawing', async () => {
      const { page, close } = await openArticle();
      await page.locator('brain-map button', { hasText: 'Prefrontal cortex' }).focus();
      await page.keyboard.press('Enter');
      expect(await shownRegions(page)).toEqual(['Prefrontal cortex']);
      await page.locator('brain-map svg path[data-region="insula"]').click();
      expect(await shownRegions(page)).toEqual(['Insula']);
      await page.locator('brain-map svg .label[data-region="anterior-cingulate"] text').click();
      expect(await shownRegions(page)).toEqual(['Anterior cingulate cortex']);
      expect(await page.locator('[data-details="anterior-cingulate"]').innerText()).toContain('rostral');
      await close();
    });
  });
});
