/** The reliable change calculator on its article: no-JS formula and example, keyboard use, axe, results, saved state. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe';
import { useSite } from '../../helpers/browser';
import { pagesIn } from '../../helpers/dist';
import { BUILDS, DIST } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const article = must(pagesIn(DIST, 'en').find((p) => p.root.querySelector('reliable-change-calculator')));
const KEY = 'htw:reliable-change:v1';

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  const openArticle = (javaScriptEnabled = true) =>
    session.open(article.url, { javaScriptEnabled, waitFor: 'reliable-change-calculator' });

  /** Presses Tab until the named form control has focus (the preset's source link sits in between). */
  async function tabTo(page: Page, name: string) {
    for (let i = 0; i < 6 && (await page.evaluate('document.activeElement?.name')) !== name; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.name')).toBe(name);
  }

  const widget = (page: Page) => page.locator('reliable-change-calculator');
  const verdict = (page: Page) => widget(page).locator('[data-verdict]');

  describe(`reliable change calculator (${article?.url})`, () => {
    it('is placed in the is-it-working article', () => {
      expect(article.url).toBe('/starting-therapy/is-it-working/');
    });

    it('works without JavaScript: formula, worked example, and a form that says it needs JavaScript', async () => {
      const { page, close } = await openArticle(false);
      const text = await widget(page).innerText();
      expect(text).toContain('RCI = (x2 − x1) / S_diff');
      // The worked example, computed at build time: 15 -> 8, SD 3.5, r 0.89.
      expect(text).toContain('RCI = (x2 − x1) / S_diff = −7 / 1.642 = −4.26.');
      expect(text).toMatch(/Reliable improvement: \|RCI\| = 4\.26 is more than 1\.96/);
      expect(await widget(page).locator('[data-no-js]').isVisible()).toBe(true);
      expect(await widget(page).locator('[data-submit]').isDisabled()).toBe(true);
      expect(await widget(page).locator('[data-clear]').isVisible()).toBe(false);
      await close();
    });

    it('is used by keyboard alone: preset, scores, submit; shows each step and the verdict', async () => {
      const { page, close } = await openArticle();
      expect(await widget(page).locator('[data-no-js]').isVisible()).toBe(false);
      await widget(page).locator('select[name="preset"]').focus();
      await page.keyboard.press('ArrowDown'); // the GAD-7 preset fills SD and reliability
      await expect.poll(() => widget(page).locator('input[name="sd"]').inputValue()).toBe('3.5');
      expect(await widget(page).locator('input[name="reliability"]').inputValue()).toBe('0.89');
      await tabTo(page, 'before');
      await page.keyboard.type('15');
      await tabTo(page, 'after');
      await page.keyboard.type('8');
      await page.keyboard.press('Enter'); // submits the form
      await expect
        .poll(() => verdict(page).innerText())
        .toMatch(/^Reliable improvement: \|RCI\| = 4\.26 is more than 1\.96/);
      const steps = await widget(page).locator('[data-steps] li').allInnerTexts();
      expect(steps).toHaveLength(5);
      expect(steps[0]).toBe('Standard error of measurement: SE = SD × √(1 − r) = 3.5 × √(1 − 0.89) = 1.161.');
      expect(steps[4]).toContain('bigger than 3.22 points');
      expect(await axeViolations(page, 'reliable-change-calculator')).toEqual([]);
      await close();
    });

    it('switches direction with the "which scores are better" control', async () => {
      const { page, close } = await openArticle();
      const w = widget(page);
      await w.locator('input[name="before"]').fill('40');
      await w.locator('input[name="after"]').fill('52');
      await w.locator('input[name="sd"]').fill('10');
      await w.locator('input[name="reliability"]').fill('0.91');
      await w.locator('[data-submit]').click();
      await expect.poll(() => verdict(page).innerText()).toMatch(/^Reliable worsening: \|RCI\| = 2\.83/);
      await w.locator('input[name="better"][value="higher"]').check();
      await w.locator('[data-submit]').click();
      await expect.poll(() => verdict(page).innerText()).toMatch(/^Reliable improvement: \|RCI\| = 2\.83/);
      await close();
    });

    it('explains bad input in words, next to each field, and moves focus to the first problem', async () => {
      const { page, close } = await openArticle();
      const w = widget(page);
      await w.locator('input[name="before"]').fill('abc');
      await w.locator('input[name="sd"]').fill('0');
      await w.locator('input[name="reliability"]').fill('1.5');
      await w.locator('[data-submit]').click();
      await expect.poll(() => verdict(page).innerText()).toMatch(/^4 things to fix/);
      expect(await w.locator('[data-error-for="before"]').innerText()).toContain('The score before must be a number');
      expect(await w.locator('[data-error-for="after"]').innerText()).toContain('Enter the score after.');
      expect(await w.locator('[data-error-for="sd"]').innerText()).toContain('must be more than 0');
      expect(await w.locator('[data-error-for="reliability"]').innerText()).toContain(
        'Reliability must be between 0 and 1',
      );
      expect(await w.locator('input[name="before"]').getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate('document.activeElement?.name')).toBe('before');
      expect(await w.locator('[data-result]').isVisible()).toBe(false);
      expect(await axeViolations(page, 'reliable-change-calculator')).toEqual([]);
      await close();
    });

    it('keeps the inputs for the next visit, and Clear removes them', async () => {
      const { page, close } = await openArticle();
      const w = widget(page);
      await w.locator('input[name="before"]').fill('30');
      await w.locator('input[name="after"]').fill('25');
      await w.locator('input[name="sd"]').fill('7.5');
      await w.locator('input[name="reliability"]').fill('0.8');
      // A fresh visit rather than a reload, so the browser's own form restoring cannot stand in for saved state.
      await page.goto(page.url());
      await page.waitForFunction('customElements.get("reliable-change-calculator") !== undefined');
      expect(await w.locator('input[name="after"]').inputValue()).toBe('25');
      await expect.poll(() => verdict(page).innerText()).toMatch(/^Within measurement error: \|RCI\| = 1\.05/);
      await w.locator('[data-clear]').click();
      expect(await w.locator('input[name="before"]').inputValue()).toBe('');
      expect(await page.evaluate(`localStorage.getItem(${JSON.stringify(KEY)})`)).toBeNull();
      expect(await verdict(page).innerText()).toMatch(/^Cleared/);
      await close();
    });

    it('recovers from corrupt saved state', async () => {
      const { page, errors, close } = await openArticle();
      const junkValues = [
        '{not json',
        '"a string"',
        '[1,2,3]',
        JSON.stringify({ before: 15, after: '8', sd: '3.5', reliability: '0.89', lowerIsBetter: true, preset: '' }),
        JSON.stringify({
          before: 'x'.repeat(10_000),
          after: '8',
          sd: '3.5',
          reliability: '0.89',
          lowerIsBetter: true,
          preset: '',
        }),
      ];
      for (const junk of junkValues) {
        await page.evaluate(`localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(junk)})`);
        await page.reload();
        await page.waitForFunction('customElements.get("reliable-change-calculator") !== undefined');
        expect(await widget(page).locator('input[name="before"]').inputValue()).toBe('');
        expect(await page.evaluate(`localStorage.getItem(${JSON.stringify(KEY)})`)).toBeNull();
      }
      // Saved text that is well-formed but not valid numbers is restored without computing.
      await page.evaluate(
        `localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(JSON.stringify({ before: 'NaN', after: '', sd: '-1', reliability: '7', lowerIsBetter: false, preset: 'gone' }))})`,
      );
      await page.reload();
      await page.waitForFunction('customElements.get("reliable-change-calculator") !== undefined');
      expect(await widget(page).locator('input[name="before"]').inputValue()).toBe('NaN');
      expect(await widget(page).locator('[data-result]').isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await close();
    });
  });
});
