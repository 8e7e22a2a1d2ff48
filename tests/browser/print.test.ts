/** On paper: no navigation, header or widget controls; the reference list stays; the checklist fits two A4 pages. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser';
import { BUILDS } from '../helpers/paths';

/** Counts pages in a PDF by its page objects. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe.each(BUILDS)('print ($name build)', ({ dist, base }) => {
  const session = useSite(dist, base);

  // In English and in Spanish (whose words run longer).
  it.each(['starting-therapy/questions-to-ask/', 'es/starting-therapy/questions-to-ask/'])(
    'prints the "Questions to ask" checklist (%s) on at most two A4 pages, without navigation or controls',
    async (path) => {
      const context = await session.browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL(path, session.site.url).href);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['header', 'footer', 'nav', '.skip-link', '.no-print']) {
        const shown = await page
          .locator(selector)
          .evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
        expect(shown, selector).toBe(0);
      }
      expect(await page.locator('#references').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = pdfPages(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      await context.close();
    },
  );

  it.each(['what-heals/empathy/', 'es/what-heals/therapeutic-alliance/'])(
    'keeps an article (%s) and its references on paper',
    async (path) => {
      const context = await session.browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL(path, session.site.url).href);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(await page.locator('.references li').count()).toBeGreaterThanOrEqual(3);
      expect(await page.locator('header').isVisible()).toBe(false);
      await context.close();
    },
  );
});
