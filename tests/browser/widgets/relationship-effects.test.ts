/** The relationship-effects chart on its article: the no-JS table, sorting and the r/d switch by keyboard, axe. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe';
import { useSite } from '../../helpers/browser';
import { pagesIn } from '../../helpers/dist';
import { BUILDS, DIST } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const article = must(pagesIn(DIST, 'en').find((p) => p.root.querySelector('relationship-effects-chart')));

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  const openArticle = (javaScriptEnabled = true) =>
    session.open(article.url, { javaScriptEnabled, waitFor: 'relationship-effects-chart' });

  /** The chart's rows from top to bottom, as [element, value line, interval line]. */
  function chartRows(page: Page): Promise<string[][]> {
    return page.evaluate(`[...document.querySelectorAll('relationship-effects-chart svg [data-row]')]
      .sort((a, b) => a.transform.baseVal[0].matrix.f - b.transform.baseVal[0].matrix.f)
      .map((g) => [g.querySelector('.label').textContent, g.querySelector('.value').textContent, g.querySelector('.ci').textContent])`);
  }
  const tableOrder = (page: Page) =>
    page
      .locator('relationship-effects-chart tbody th')
      .allInnerTexts()
      .then((cells) => cells.map((c) => c.split('\n')[0]));

  describe(`relationship-effects chart (${article?.url})`, () => {
    it('is on the common-factors article', () => {
      expect(article.url).toBe('/what-heals/common-factors/');
    });

    it('without JavaScript shows the numbers in a captioned table with header scopes, and a static chart', async () => {
      const { page, close } = await openArticle(false);
      const table = page.locator('relationship-effects-chart table');
      expect(await table.locator('caption').innerText()).toMatch(/Relationship elements and outcome/);
      expect(await table.locator('thead th[scope="col"]').count()).toBe(6);
      expect(await table.locator('tbody th[scope="row"]').count()).toBe(9);
      const alliance = table.locator('tr[data-row="alliance"]');
      expect(await alliance.locator('td').allInnerTexts()).toEqual([
        '.278',
        '.58',
        '[.256, .299]',
        '295 studies, more than 30,000 patients',
        'Flückiger et al., 2018',
      ]);
      expect(await alliance.locator('a', { hasText: 'Flückiger' }).getAttribute('href')).toBe(
        `${base}references/#fluckiger2018`,
      );
      expect(await table.locator('tr[data-row="congruence"] td').nth(2).innerText()).toBe('Not reported here');
      expect((await chartRows(page))[0]).toEqual(['Collaboration', 'r = .29', '95% CI [.24, .34]']);
      expect(await page.locator('relationship-effects-chart input').first().isVisible()).toBe(false);
      await close();
    });

    it('sorts and switches scale by keyboard, with the right values on screen, and passes axe', async () => {
      const { page, close } = await openArticle();
      // Arrow keys move through a radio group and select as they go.
      await page.locator('input[name="relationship-effects-sort"][value="size"]').focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('input[name="relationship-effects-sort"][value="name"]').isChecked()).toBe(true);
      const byName = [
        'Collaboration',
        'Congruence',
        'Empathy',
        'Goal consensus',
        'Group cohesion',
        'Hopeful expectations',
        'Positive regard',
        'Rupture repair',
        'Therapeutic alliance',
      ];
      expect((await chartRows(page)).map((row) => row[0])).toEqual(byName);
      expect(await tableOrder(page)).toEqual(byName);
      expect((await chartRows(page))[6]).toEqual(['Positive regard', 'r ≈ .14', 'CI not reported here']);

      await page.locator('input[name="relationship-effects-metric"][value="r"]').focus();
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => page.locator('relationship-effects-chart [role="status"]').innerText())
        .toBe('Chart shows the elements in alphabetical order, as standardised differences (d).');
      const rows = Object.fromEntries((await chartRows(page)).map(([name, value, ci]) => [name, `${value} | ${ci}`]));
      expect(rows['Therapeutic alliance']).toBe('d = .58 | 95% CI ≈ [.53, .63]');
      expect(rows['Rupture repair']).toBe('d = .62 | 95% CI ≈ [.20, 1.06]');
      expect(rows['Positive regard']).toBe('g = .28 | CI not reported here');
      expect(rows['Congruence']).toBe('d = .46 | CI not reported here');
      expect(await page.locator('relationship-effects-chart .axis-d').isVisible()).toBe(true);
      expect(await page.locator('relationship-effects-chart .axis-r').isVisible()).toBe(false);

      // Largest first on the d scale: rupture repair's reported d = .62 leads.
      await page.locator('input[name="relationship-effects-sort"][value="size"]').check();
      expect((await chartRows(page)).map((row) => row[0]).slice(0, 2)).toEqual(['Rupture repair', 'Collaboration']);
      expect((await tableOrder(page)).at(-1)).toBe('Positive regard');
      expect(await axeViolations(page, 'relationship-effects-chart')).toEqual([]);
      await close();
    });
  });
});
