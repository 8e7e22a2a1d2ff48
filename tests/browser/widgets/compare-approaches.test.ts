/** The approach picker on the approaches page: no-JS pointer to the full table, keyboard, limit, saved choice. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe';
import { useSite } from '../../helpers/browser';
import { pagesIn } from '../../helpers/dist';
import { BUILDS, DIST } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const article = must(pagesIn(DIST, 'en').find((p) => p.root.querySelector('compare-approaches')));
const STORAGE_KEY = 'htw:compare-approaches:v1';
// What the full comparison table (ArticleLayout) says, to check the widget shows the same data.
const tableRows = article.root.querySelectorAll('table.comparison tbody tr');
const rowOf = (title: string) => must(tableRows.find((tr) => must(tr.querySelector('th')).text.trim() === title));

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  const openArticle = (javaScriptEnabled = true) =>
    session.open(article.url, { javaScriptEnabled, waitFor: 'compare-approaches' });

  const widget = (page: Page) => page.locator('compare-approaches');

  describe(`compare approaches (${article?.url})`, () => {
    it('is on the approaches page, built from the same approach blocks as the full table', () => {
      expect(article.url).toBe('/approaches/');
      const titles = article.root
        .querySelectorAll('compare-approaches input[type="checkbox"]')
        .map((box) => must(box.parentNode).text.trim());
      expect(titles.length).toBeGreaterThanOrEqual(3);
      expect(titles).toEqual(tableRows.map((tr) => must(tr.querySelector('th')).text.trim()));
    });

    it('links every source it will show to an entry in the page reference list', () => {
      const data: { cells: [string, [string, string][]][][] }[] = JSON.parse(
        must(must(article.root.querySelector('compare-approaches')).getAttribute('data-approaches')),
      );
      const ids = data.flatMap((a) => a.cells.flat().flatMap(([, sources]) => sources.map(([, id]) => id)));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(article.root.querySelector(`#ref-${id}`), id).not.toBeNull();
    });

    it('without JavaScript, shows the picker disabled and points to the full table', async () => {
      const { page, close } = await openArticle(false);
      const w = widget(page);
      expect(await w.locator('input[type="checkbox"]').first().isDisabled()).toBe(true);
      expect(await w.locator('[data-no-js]').innerText()).toMatch(/needs JavaScript/);
      expect(await w.locator('[data-no-js] a[href="#comparison"]').isVisible()).toBe(true);
      expect(await page.locator('#comparison').isVisible()).toBe(true);
      expect(await w.locator('[data-clear]').isVisible()).toBe(false);
      expect(await w.locator('.compare-table').isVisible()).toBe(false);
      await close();
    });

    it('is used by keyboard, shows the chosen approaches side by side and refuses a fourth', async () => {
      const { page, close } = await openArticle();
      const w = widget(page);
      const boxes = w.locator('input[type="checkbox"]');
      const names = await w.locator('.compare-options label').allInnerTexts();
      await boxes.first().focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      const status = w.locator('[role="status"]');
      await expect.poll(() => status.innerText()).toBe(`Comparing ${names[0]} and ${names[1]}.`);

      // Column headings name the approaches; the cells repeat the full table's words.
      expect(await w.locator('thead th').allInnerTexts()).toEqual([names[0], names[1]]);
      const firstRow = rowOf(names[0]);
      const coreIdea = firstRow.querySelectorAll('td')[0].text.trim();
      expect(await w.locator('tbody tr').first().locator('td').first().innerText()).toBe(coreIdea);
      const evidenceCell = w.locator('tbody tr').last().locator('td').first();
      expect(await evidenceCell.innerText()).toContain(
        must(firstRow.querySelectorAll('td')[5].querySelector('li')).text.replace(/\[.*$/s, '').trim(),
      );
      const source = evidenceCell.locator('a[href^="#ref-"]').first();
      expect(await page.locator(`${await source.getAttribute('href')}`).count()).toBe(1);

      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await expect
        .poll(() => status.innerText())
        .toBe('You can compare up to 3 approaches at a time. Untick one to choose another.');
      expect(await boxes.nth(3).isChecked()).toBe(false);
      expect(await w.locator('thead th').count()).toBe(3);
      expect(await axeViolations(page, 'compare-approaches')).toEqual([]);
      await close();
    });

    it('remembers the choice after a reload, and "Clear choice" forgets it', async () => {
      const { page, close } = await openArticle();
      const w = widget(page);
      await w.locator('input[type="checkbox"]').nth(2).check();
      await w.locator('input[type="checkbox"]').nth(4).check();
      await page.reload();
      await page.waitForFunction('customElements.get("compare-approaches") !== undefined');
      expect(await w.locator('input[type="checkbox"]:checked').count()).toBe(2);
      expect(await w.locator('thead th').count()).toBe(2);
      await w.locator('[data-clear]').click();
      expect(await w.locator('input[type="checkbox"]:checked').count()).toBe(0);
      expect(await w.locator('.compare-table').isVisible()).toBe(false);
      expect(await page.evaluate(`localStorage.getItem(${JSON.stringify(STORAGE_KEY)})`)).toBeNull();
      await close();
    });

    it('recovers from corrupt saved state', async () => {
      const { page, errors, close } = await openArticle();
      const ids = await widget(page)
        .locator('input[type="checkbox"]')
        .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
      const junk = [
        '{not json',
        '"approaches/cbt"',
        '{"0":1}',
        JSON.stringify(['gone/page', 42, ids[0], ids[0], ids[1], ids[2], ids[3]]),
      ];
      for (const value of junk) {
        await page.evaluate(`localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, ${JSON.stringify(value)})`);
        await page.reload();
        await page.waitForFunction('customElements.get("compare-approaches") !== undefined');
        expect(await widget(page).locator('input[type="checkbox"]').first().isEnabled()).toBe(true);
        expect(await widget(page).locator('input[type="checkbox"]:checked').count()).toBeLessThanOrEqual(3);
      }
      // The last value still held three real approaches: they are kept, the rest dropped.
      expect(await widget(page).locator('thead th').count()).toBe(3);
      expect(errors).toEqual([]);
      await close();
    });
  });
});
