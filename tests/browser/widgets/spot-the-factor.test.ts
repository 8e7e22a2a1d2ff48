/** "Spot the factor" on the common-factors page: no-JS annotations, keyboard marking, score, saved answers. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { spotTheFactorContent } from '../../../src/widgets/spot-the-factor/spot-the-factor-content';
import { axeViolations } from '../../helpers/axe';
import { useSite } from '../../helpers/browser';
import { pagesIn } from '../../helpers/dist';
import { BUILDS, DIST } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const EXCERPTS = spotTheFactorContent().excerpts;
const article = must(pagesIn(DIST, 'en').find((p) => p.root.querySelector('spot-the-factor')));
const STORAGE_KEY = 'htw:spot-the-factor:v1';
const lines = EXCERPTS.flatMap((e) => e.lines);

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  const openArticle = (javaScriptEnabled = true) =>
    session.open(article.url, { javaScriptEnabled, waitFor: 'spot-the-factor' });

  const widget = (page: Page) => page.locator('spot-the-factor');

  describe(`spot the factor (${article?.url})`, () => {
    it('sits in the "In the therapy room" section of the common-factors page', () => {
      expect(article.url).toBe('/what-heals/common-factors/');
      const headings = article.root.querySelectorAll('h2');
      const before = headings
        .filter((h) => article.html.indexOf(h.outerHTML) < article.html.indexOf('<spot-the-factor'))
        .at(-1);
      expect(before?.text).toBe('In the therapy room');
    });

    it('without JavaScript, shows every excerpt with its annotations in <details>', async () => {
      const { page, close } = await openArticle(false);
      const w = widget(page);
      expect(await w.locator('.spot-excerpt').count()).toBe(EXCERPTS.length);
      expect(await w.locator('h4').first().innerText()).toContain('(fictional)');
      expect(await w.locator('.spot-line').first().innerText()).toContain(EXCERPTS[0].lines[0].text);
      expect(await w.locator('select').first().isVisible()).toBe(false);
      expect(await w.locator('[data-check]').isVisible()).toBe(false);
      const notes = w.locator('.spot-notes').first();
      await notes.locator('summary').click();
      expect(await notes.innerText()).toContain(`Line 2, ${EXCERPTS[0].lines[1].speaker}: Empathy.`);
      expect(await notes.innerText()).toContain(EXCERPTS[0].lines[1].explanation);
      await close();
    });

    it('is marked by keyboard, checked, scored in real numbers and passes axe', async () => {
      const { page, close } = await openArticle();
      const w = widget(page);
      expect(await w.locator('.spot-notes').first().isVisible()).toBe(false);
      const options = await w
        .locator('select')
        .first()
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      // Line 1 of the first excerpt shows no factor: pick "None of these" with the keyboard (End = last option).
      await w.locator('select').first().focus();
      await page.keyboard.press('End');
      expect(options.at(-1)).toBe('none');
      // Line 2 shows empathy (the first factor): Tab to its select and choose with the arrow keys.
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      expect(await w.locator('select').nth(1).inputValue()).toBe(options[1]);
      // Line 3 shows no factor; answer collaboration (wrong) without the mouse.
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await w.locator('select').nth(2).inputValue()).toBe('collaboration');
      await w.locator('[data-check]').focus();
      await page.keyboard.press('Enter');

      const blank = lines.length - 3;
      await expect
        .poll(() => w.locator('[role="status"]').innerText())
        .toBe(
          `You matched 2 of ${lines.length} lines (${blank} left blank). Each line now shows what it was written to show.`,
        );
      const feedback = w.locator('.spot-feedback');
      expect(await feedback.nth(0).innerText()).toBe('Right: this line shows none of the factors.');
      expect(await feedback.nth(1).innerText()).toBe('Right: this line shows Empathy.');
      expect(await feedback.nth(2).innerText()).toBe(
        'Not quite: you chose Collaboration; this line shows none of the factors.',
      );
      expect(await feedback.nth(3).innerText()).toBe('Not answered. This line shows Positive regard.');
      expect(await w.locator('.spot-notes').first().isVisible()).toBe(true);
      expect(await axeViolations(page, 'spot-the-factor')).toEqual([]);
      await close();
    });

    it('remembers answers after a reload, and "Clear answers" forgets them', async () => {
      const { page, close } = await openArticle();
      const w = widget(page);
      await w.locator('select').nth(4).selectOption('mentalizing');
      await w.locator('[data-check]').click();
      await page.reload();
      await page.waitForFunction('customElements.get("spot-the-factor") !== undefined');
      expect(await w.locator('select').nth(4).inputValue()).toBe('mentalizing');
      expect(await w.locator('[role="status"]').innerText()).toMatch(/^You matched 0 of \d+ lines/);
      await w.locator('[data-clear]').click();
      expect(await w.locator('select').nth(4).inputValue()).toBe('');
      expect(await w.locator('.spot-feedback').first().isVisible()).toBe(false);
      expect(await page.evaluate(`localStorage.getItem(${JSON.stringify(STORAGE_KEY)})`)).toBeNull();
      await close();
    });

    it('recovers from corrupt saved state', async () => {
      const { page, errors, close } = await openArticle();
      const junk = [
        '{not json',
        '[1,2]',
        '{"picks":null}',
        JSON.stringify({ picks: { [lines[0].id]: 'magic', [lines[1].id]: 'empathy', __proto__: 'x' }, checked: 'yes' }),
      ];
      for (const value of junk) {
        await page.evaluate(`localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, ${JSON.stringify(value)})`);
        await page.reload();
        await page.waitForFunction('customElements.get("spot-the-factor") !== undefined');
        expect(await widget(page).locator('select').first().isVisible()).toBe(true);
      }
      // The last value held one valid answer: it is kept, the rest dropped.
      expect(await widget(page).locator('select').nth(0).inputValue()).toBe('');
      expect(await widget(page).locator('select').nth(1).inputValue()).toBe('empathy');
      expect(await widget(page).locator('.spot-feedback').first().isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await close();
    });
  });
});
