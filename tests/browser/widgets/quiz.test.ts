/** The self-check quiz on a real article: no-JS answers, keyboard use, feedback, saved state, recovery. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe';
import { useSite } from '../../helpers/browser';
import { pagesIn } from '../../helpers/dist';
import { BUILDS, DIST } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

// The first built article that has a quiz.
const article = must(
  pagesIn(DIST, 'en').find(
    (p) => p.root.querySelector('self-check-quiz') && p.root.querySelector('[data-pagefind-body]'),
  ),
);
const firstQuestion = must(article.root.querySelector('.quiz-question'));
const rightAnswer = Number(firstQuestion.getAttribute('data-answer'));
const optionCount = firstQuestion.querySelectorAll('.quiz-options li').length;
const wrongAnswer = (rightAnswer + 1) % optionCount;

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  const openArticle = (javaScriptEnabled = true) => session.open(article.url, { javaScriptEnabled, ready: quizReady });

  /** The quiz's behaviour loads when the reader scrolls near it, as a reader would. */
  async function quizReady(page: Page) {
    await page.locator('self-check-quiz').first().scrollIntoViewIfNeeded();
    // Enhanced: the radio buttons replace the plain option list. (A function, not a string: polling a
    // string would need eval, which the site's CSP forbids.)
    await page.locator('self-check-quiz input[type="radio"]').first().waitFor({ state: 'visible' });
  }

  describe(`self-check quiz (${article.url})`, () => {
    it('loads its behaviour only when the reader reaches it', async () => {
      const context = await session.browser.newContext();
      const loaded: string[] = [];
      const fresh = await context.newPage();
      fresh.on('request', (r) => loaded.push(r.url()));
      await fresh.goto(new URL(article.url.slice(1), session.site.url).href);
      await fresh.waitForLoadState('networkidle');
      expect(loaded.some((u) => u.includes('quiz-element'))).toBe(false);
      await quizReady(fresh);
      expect(loaded.some((u) => u.includes('quiz-element'))).toBe(true);
      await context.close();
    });

    it('works without JavaScript: options listed, answers in <details>', async () => {
      const { page, close } = await openArticle(false);
      const question = page.locator('.quiz-question').first();
      expect(await question.locator('.quiz-options').isVisible()).toBe(true);
      expect(await question.locator('input[type="radio"]').first().isVisible()).toBe(false);
      await question.locator('.quiz-answer summary').click();
      expect(await question.locator('.quiz-answer').innerText()).toContain(
        `Answer ${String.fromCharCode(65 + rightAnswer)}`,
      );
      await close();
    });

    it('is answered by keyboard, gives feedback in words and keeps score', async () => {
      const { page, close } = await openArticle();
      const question = page.locator('.quiz-question').first();
      await question.locator('input[type="radio"]').first().focus();
      // Arrow keys move between radio buttons and select as they go.
      for (let i = 0; i < wrongAnswer; i++) await page.keyboard.press('ArrowDown');
      if (wrongAnswer === 0) await page.keyboard.press('Space');
      const feedback = question.locator('.quiz-feedback');
      await expect.poll(() => feedback.innerText()).toMatch(/^Not quite\. The answer is/);
      expect(await question.locator('.quiz-answer').getAttribute('open')).not.toBeNull();
      expect(await page.locator('.quiz-score').innerText()).toMatch(/answered, 0 correct/);
      await question.locator('input[type="radio"]').nth(rightAnswer).check();
      await expect.poll(() => feedback.innerText()).toBe('Correct.');
      expect(await axeViolations(page, 'self-check-quiz')).toEqual([]);
      await close();
    });

    it('remembers answers after a reload, and "Try again" clears them', async () => {
      const { page, close } = await openArticle();
      await page.locator('.quiz-question').first().locator('input[type="radio"]').nth(rightAnswer).check();
      await page.reload();
      await quizReady(page);
      expect(
        await page.locator('.quiz-question').first().locator('input[type="radio"]').nth(rightAnswer).isChecked(),
      ).toBe(true);
      await page.locator('[data-retry]').click();
      expect(await page.locator('.quiz-question input:checked').count()).toBe(0);
      expect(await page.locator('.quiz-score').innerText()).toBe('');
      await close();
    });

    it('speaks Spanish on a Spanish article, and keeps its answers apart from the English quiz', async () => {
      const spanish = must(pagesIn(DIST, 'es').find((p) => p.root.querySelector('self-check-quiz')));
      const right = Number(spanish.root.querySelector('.quiz-question')?.getAttribute('data-answer'));
      const { page, errors, close } = await session.open(spanish.url, { ready: quizReady });
      const question = page.locator('.quiz-question').first();
      await question.locator('input[type="radio"]').nth(right).check();
      await expect.poll(() => question.locator('.quiz-feedback').innerText()).toBe('Correcto.');
      expect(await page.locator('.quiz-score').innerText()).toMatch(
        /^(Ha respondido 1 de \d+; aciertos hasta ahora: 1\.|Acertó 1 de 1\.)/,
      );
      expect(await page.locator('self-check-quiz').getAttribute('data-quiz-id')).toMatch(/^es\//);
      expect(errors).toEqual([]);
      await close();
    });

    it('recovers from corrupt saved state', async () => {
      const { page, errors, close } = await openArticle();
      const quizId = await page.locator('self-check-quiz').getAttribute('data-quiz-id');
      for (const junk of ['{not json', '[99, "x", -1]', '"a string"', '[1,2,3,4,5,6,7,8,9]']) {
        await page.evaluate(
          `localStorage.setItem(${JSON.stringify(`htw:quiz:${quizId}:v1`)}, ${JSON.stringify(junk)})`,
        );
        await page.reload();
        await quizReady(page);
        expect(await page.locator('.quiz-question').first().locator('input[type="radio"]').first().isVisible()).toBe(
          true,
        );
      }
      expect(errors).toEqual([]);
      await close();
    });
  });
});
