/** The empathic-responses exercise on its article: no-JS answers, keyboard use, feedback, score, saved state, recovery. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe';
import { useSite } from '../../helpers/browser';
import { pagesIn } from '../../helpers/dist';
import { BUILDS, DIST } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const KEY = 'htw:empathic-responses:v1';
const article = must(pagesIn(DIST, 'en').find((p) => p.root.querySelector('empathic-responses')));
const statements = article.root.querySelectorAll('.er-statement');
const total = statements.length;
const best = statements.map((s) => Number(s.getAttribute('data-best')));
const letter = (i: number) => String.fromCharCode(65 + i);

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  /** Opens the article, optionally with `saved` already in localStorage. */
  const openArticle = (javaScriptEnabled = true, saved?: string) =>
    session.open(article.url, {
      javaScriptEnabled,
      waitFor: 'empathic-responses',
      storage: saved === undefined ? undefined : { [KEY]: saved },
    });

  /** Picks reply `index` of statement `n` with the arrow keys and checks it with Enter. */
  async function chooseByKeyboard(page: Page, n: number, index: number) {
    await page.locator('.er-statement').nth(n).locator('input[type="radio"]').first().focus();
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    if (index === 0) await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Check my choice');
    await page.keyboard.press('Enter');
  }

  describe(`empathic responses (${article.url})`, () => {
    it('lists every statement with four replies and an explanation in <details> without JavaScript', async () => {
      expect(total).toBeGreaterThanOrEqual(6);
      const { page, close } = await openArticle(false);
      const first = page.locator('.er-statement').first();
      expect(await first.locator('.er-replies li').count()).toBe(4);
      expect(await first.locator('.er-replies').isVisible()).toBe(true);
      expect(await first.locator('input[type="radio"]').first().isVisible()).toBe(false);
      await first.locator('.er-answer summary').click();
      const explanation = await first.locator('.er-answer').innerText();
      expect(explanation).toContain(`Most empathic: ${letter(best[0])}.`);
      expect(explanation).toMatch(/Shows: .*Misses: /);
      await close();
    });

    it('is answered by keyboard, names what each choice shows or misses, and keeps score', async () => {
      const { page, close } = await openArticle();
      expect(await page.locator('.er-statement [data-check]').first().isDisabled()).toBe(true); // until a reply is chosen
      const wrong = (best[0] + 1) % 4;
      await chooseByKeyboard(page, 0, wrong);
      const first = page.locator('.er-statement').first();
      await expect
        .poll(() => first.locator('.er-verdict').innerText())
        .toMatch(
          new RegExp(
            `^Not the most empathic\\. You chose ${letter(wrong)} \\(.+\\); the most empathic is ${letter(best[0])}\\.$`,
          ),
        );
      expect(await first.locator('.er-answer').getAttribute('open')).not.toBeNull();
      expect(await first.locator('.er-answer').innerText()).toContain('Misses:');
      expect(await page.locator('empathic-responses [role="status"]').innerText()).toMatch(
        new RegExp(`1 of ${total} answered, 0 most empathic so far\\.$`),
      );
      await chooseByKeyboard(page, 1, best[1]);
      await expect
        .poll(() => page.locator('.er-statement').nth(1).locator('.er-verdict').innerText())
        .toBe(`Yes: ${letter(best[1])} is the most empathic reply.`);
      expect(await page.locator('empathic-responses [role="status"]').innerText()).toMatch(
        new RegExp(`2 of ${total} answered, 1 most empathic so far\\.$`),
      );
      expect(await axeViolations(page, 'empathic-responses')).toEqual([]);
      await close();
    });

    it('gives the final score once every statement is answered', async () => {
      const { page, close } = await openArticle();
      for (let n = 0; n < total; n++) {
        const statement = page.locator('.er-statement').nth(n);
        await statement
          .locator('input[type="radio"]')
          .nth(n === 0 ? (best[0] + 2) % 4 : best[n])
          .check();
        await statement.locator('[data-check]').click();
      }
      expect(await page.locator('empathic-responses [role="status"]').innerText()).toMatch(
        new RegExp(`You picked the most empathic reply ${total - 1} of ${total} times\\.`),
      );
      await close();
    });

    it('remembers choices after a reload, and "Start again" clears them', async () => {
      const { page, close } = await openArticle();
      const first = page.locator('.er-statement').first();
      await first.locator('input[type="radio"]').nth(best[0]).check();
      await first.locator('[data-check]').click();
      await page.reload();
      await page.waitForFunction('customElements.get("empathic-responses") !== undefined');
      expect(await first.locator('input[type="radio"]').nth(best[0]).isChecked()).toBe(true);
      expect(await first.locator('.er-verdict').innerText()).toBe(
        `Yes: ${letter(best[0])} is the most empathic reply.`,
      );
      await page.locator('empathic-responses [data-restart]').click();
      expect(await page.locator('.er-statement input:checked').count()).toBe(0);
      expect(await first.locator('.er-verdict').isVisible()).toBe(false);
      expect(await page.evaluate(`localStorage.getItem(${JSON.stringify(KEY)})`)).toBeNull();
      await close();
    });

    it('recovers from corrupt saved choices', async () => {
      const junk = [
        '{not json',
        '"a string"',
        '[1,2,3]',
        'null',
        '{"priya-grief":99,"__proto__":{"x":1}}',
        `{"priya-grief":"${'x'.repeat(10_000)}"}`,
      ];
      for (const saved of junk) {
        const { page, errors, close } = await openArticle(true, saved);
        expect(await page.locator('.er-statement').first().locator('input[type="radio"]').first().isEnabled()).toBe(
          true,
        );
        expect(await page.locator('.er-statement input:checked').count()).toBe(0);
        expect(errors, saved).toEqual([]);
        await close();
      }
    });
  });
});
