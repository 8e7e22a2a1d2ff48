/** The dose-effect explorer on its article: no-JS chart and table, keyboard use, axe, the read-out, no storage. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe';
import { useSite } from '../../helpers/browser';
import { pagesIn } from '../../helpers/dist';
import { BUILDS, DIST } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const article = must(pagesIn(DIST, 'en').find((p) => p.root.querySelector('dose-effect-explorer')));

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  const openArticle = (javaScriptEnabled = true) =>
    session.open(article.url, { javaScriptEnabled, waitFor: 'dose-effect-explorer' });

  const readout = (page: Page) => page.locator('dose-effect-explorer [data-readout]');

  describe(`dose-effect explorer (${article?.url})`, () => {
    it('is placed in the dose-effect article', () => {
      expect(article.url).toBe('/change-over-time/dose-effect/');
    });

    it('works without JavaScript: a static chart, a table from the curve and the caveats; no controls', async () => {
      const { page, close } = await openArticle(false);
      const widget = page.locator('dose-effect-explorer');
      expect(await widget.locator('svg[role="img"] path').first().getAttribute('d')).toMatch(/^M56,220 L/);
      const rows = await widget.locator('table tbody tr').allInnerTexts();
      expect(rows).toHaveLength(8);
      expect(rows[3]).toMatch(/^8\s+about 50%\s+Reported by Howard et al\. \(1986\)/);
      expect(rows[5]).toMatch(/^26\s+about 75%\s+Reported by Howard et al\. \(1986\)/);
      expect(rows[0]).toMatch(/^1\s+about 12%\s+Estimated from the curve/);
      expect(await widget.innerText()).toMatch(/Not a promise/);
      expect(await widget.locator('input[type="range"]').isVisible()).toBe(false);
      expect(await widget.locator('a[href="#ref-howard1986"]').count()).toBe(1);
      await close();
    });

    it('is used by keyboard alone: arrow keys move the slider, the number box follows, and the figure is read out', async () => {
      const { page, close } = await openArticle();
      const range = page.locator('dose-effect-explorer input[type="range"]');
      const number = page.locator('dose-effect-explorer input[type="number"]');
      await range.focus();
      await page.keyboard.press('ArrowRight'); // 8 -> 9
      await page.keyboard.press('ArrowLeft'); // 9 -> 8
      await page.keyboard.press('ArrowLeft'); // 8 -> 7
      await expect.poll(() => number.inputValue()).toBe('7');
      await page.keyboard.press('End');
      await expect
        .poll(() => readout(page).innerText())
        .toBe(
          'After 104 sessions, the curve estimates that about 93% of people in these studies had measurably improved.',
        );
      // Tab to the number box and type: the slider follows.
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement?.type')).toBe('number');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('26');
      await expect.poll(() => range.inputValue()).toBe('26');
      expect(await readout(page).innerText()).toBe(
        'After 26 sessions, about 75% of people in these studies had measurably improved.',
      );
      expect(await axeViolations(page, 'dose-effect-explorer')).toEqual([]);
      await close();
    });

    it("marks the reader's point on the curve, clamps typed values and handles 0 sessions", async () => {
      const { page, close } = await openArticle();
      const number = page.locator('dose-effect-explorer input[type="number"]');
      await number.fill('8');
      await expect
        .poll(() => readout(page).innerText())
        .toBe('After 8 sessions, about 50% of people in these studies had measurably improved.');
      const dot = page.locator('dose-effect-explorer [data-marker-dot]');
      // Session 8 at 50%: x = 56 + 8/104 × 404 = 87.1, y = 220 − 0.5 × 200 = 120.
      expect(await dot.getAttribute('cx')).toBe('87.1');
      expect(await dot.getAttribute('cy')).toBe('120');
      expect(await dot.isVisible()).toBe(true);
      await number.fill('500');
      await number.blur();
      await expect.poll(() => number.inputValue()).toBe('104');
      await number.fill('0');
      await expect.poll(() => readout(page).innerText()).toMatch(/starts at 0%/);
      await close();
    });

    it('stores nothing in the browser', async () => {
      const { page, close } = await openArticle();
      await page.locator('dose-effect-explorer input[type="number"]').fill('30');
      expect(await page.evaluate('Object.keys(localStorage).filter((k) => k.includes("dose"))')).toEqual([]);
      await close();
    });
  });
});
