/** The thinking-trap spotter on its article: no-JS list, keyboard use, feedback, score, review, saved place, recovery. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe';
import { useSite } from '../../helpers/browser';
import { pagesIn } from '../../helpers/dist';
import { BUILDS, DIST } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const KEY = 'htw:thinking-traps:v1';
const article = must(pagesIn(DIST, 'en').find((p) => p.root.querySelector('thinking-trap-spotter')));
const items = article.root.querySelectorAll('.tt-item');
const total = items.length;
// The answer key, by the thought's text, read from the no-JavaScript list.
const answerOf = new Map(
  items.map((li) => [must(li.querySelector('.tt-thought')).text, must(li.getAttribute('data-answer'))]),
);
const traps = article.root
  .querySelectorAll('input[name="thinking-trap-choice"]')
  .map((input) => must(input.getAttribute('value')));
const nameOf = new Map(
  article.root
    .querySelectorAll('thinking-trap-spotter fieldset label')
    .map((label) => [must(must(label.querySelector('input')).getAttribute('value')), label.text.trim()]),
);

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  /** Opens the article, optionally with `saved` already in localStorage. */
  const openArticle = (javaScriptEnabled = true, saved?: string) =>
    session.open(article.url, {
      javaScriptEnabled,
      waitFor: 'thinking-trap-spotter',
      storage: saved === undefined ? undefined : { [KEY]: saved },
    });

  /** The answer to the thought on screen now. */
  async function currentAnswer(page: Page): Promise<string> {
    const thought = await page.locator('thinking-trap-spotter [data-card] .tt-thought').innerText();
    const answer = answerOf.get(thought);
    expect(answer, thought).toBeDefined();
    return must(answer);
  }

  /** Chooses a trap with the arrow keys and checks it with the keyboard alone. */
  async function answerByKeyboard(page: Page, trap: string) {
    await page.keyboard.press('Tab'); // from the counter heading into the radio group
    expect(await page.evaluate('document.activeElement.name')).toBe('thinking-trap-choice');
    const index = traps.indexOf(trap);
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
    if (index === 0) await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Check my answer');
    await page.keyboard.press('Enter');
  }

  describe(`thinking-trap spotter (${article.url})`, () => {
    it('has at least 24 thoughts, each answer in a <details> that works without JavaScript', async () => {
      expect(total).toBeGreaterThanOrEqual(24);
      const { page, close } = await openArticle(false);
      expect(await page.locator('.tt-list .tt-item').count()).toBe(total);
      expect(await page.locator('.tt-app').isVisible()).toBe(false);
      const first = page.locator('.tt-item').first();
      expect(await first.locator('dd').first().isVisible()).toBe(false);
      await first.locator('summary').click();
      expect(await first.locator('dl').innerText()).toContain(nameOf.get(must(items[0].getAttribute('data-answer'))));
      expect(await first.locator('.tt-balanced').isVisible()).toBe(true);
      await close();
    });

    it('is used by keyboard alone, explains each answer and keeps score', async () => {
      const { page, close } = await openArticle();
      expect(await page.locator('.tt-list').isVisible()).toBe(false);
      expect(await page.locator('.tt-counter').innerText()).toBe(`Thought 1 of ${total}`);
      expect(await page.locator('thinking-trap-spotter [data-check]').isDisabled()).toBe(true); // until a trap is chosen
      await page.locator('.tt-counter').focus();
      const right = await currentAnswer(page);
      await answerByKeyboard(page, right);
      await expect.poll(() => page.locator('.tt-verdict').innerText()).toBe(`Correct: ${nameOf.get(right)}.`);
      expect(await page.locator('.tt-feedback .tt-balanced').innerText()).not.toBe('');
      expect(await page.locator('thinking-trap-spotter [role="status"]').textContent()).toBe(
        `Correct: ${nameOf.get(right)}. 1 of ${total} checked, 1 correct.`,
      );
      // Focus is on the feedback; Tab skips the disabled Previous button and reaches Next.
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.textContent')).toBe('Next');
      await page.keyboard.press('Enter');
      expect(await page.locator('.tt-counter').innerText()).toBe(`Thought 2 of ${total}`);
      const answer = await currentAnswer(page);
      const wrong = must(traps.find((t) => t !== answer));
      await answerByKeyboard(page, wrong);
      await expect
        .poll(() => page.locator('.tt-verdict').innerText())
        .toBe(`Not quite. You chose ${nameOf.get(wrong)}; this is mainly ${nameOf.get(answer)}.`);
      expect(await page.locator('.tt-progress').innerText()).toBe(`2 of ${total} checked, 1 correct.`);
      expect(await axeViolations(page, 'thinking-trap-spotter')).toEqual([]);
      await close();
    });

    it('scores a full round and lists the missed and skipped thoughts for review', async () => {
      // A fixed seed: the same order every run.
      const { page, close } = await openArticle(true, JSON.stringify({ seed: 12345, position: 0, answers: {} }));
      const missed: string[] = [];
      for (let n = 0; n < total; n++) {
        const thought = await page.locator('thinking-trap-spotter [data-card] .tt-thought').innerText();
        const answer = must(answerOf.get(thought));
        if (n === 5)
          missed.push(thought); // skipped
        else {
          const choice = n === 2 || n === 9 ? must(traps.find((t) => t !== answer)) : answer;
          if (choice !== answer) missed.push(thought);
          await page.locator(`input[value="${choice}"]`).check();
          await page.locator('thinking-trap-spotter [data-check]').click();
        }
        await page.locator('thinking-trap-spotter [data-next]').click();
      }
      expect(await page.locator('thinking-trap-spotter [data-results]').isVisible()).toBe(true);
      expect(await page.locator('.tt-result').innerText()).toBe(
        `You spotted ${total - 3} of ${total} thinking traps. You skipped 1.`,
      );
      expect(await page.locator('thinking-trap-spotter [role="status"]').textContent()).toBe(
        `You spotted ${total - 3} of ${total} thinking traps. You skipped 1.`,
      );
      const review = page.locator('.tt-review > li');
      expect(await review.locator('.tt-thought').allInnerTexts()).toEqual(missed);
      expect(await review.nth(1).innerText()).toContain('You skipped this one.');
      expect(await review.first().innerText()).toMatch(/You chose: /);
      expect(await axeViolations(page, 'thinking-trap-spotter')).toEqual([]);
      await close();
    });

    it('keeps the place after a reload, and "Start again" clears it', async () => {
      const { page, close } = await openArticle();
      const first = await page.locator('thinking-trap-spotter [data-card] .tt-thought').innerText();
      await page.locator(`input[value="${answerOf.get(first)}"]`).check();
      await page.locator('thinking-trap-spotter [data-check]').click();
      await page.locator('thinking-trap-spotter [data-next]').click();
      await page.reload();
      await page.waitForFunction('customElements.get("thinking-trap-spotter") !== undefined');
      expect(await page.locator('.tt-counter').innerText()).toBe(`Thought 2 of ${total}`);
      await page.locator('thinking-trap-spotter [data-previous]').click();
      expect(await page.locator('thinking-trap-spotter [data-card] .tt-thought').innerText()).toBe(first);
      expect(await page.locator('.tt-verdict').innerText()).toMatch(/^Correct: /);
      await page.locator('thinking-trap-spotter [data-restart]').click();
      expect(await page.locator('.tt-counter').innerText()).toBe(`Thought 1 of ${total}`);
      expect(await page.locator('.tt-progress').innerText()).toBe(`0 of ${total} checked, 0 correct.`);
      expect(await page.locator('input[name="thinking-trap-choice"]:checked').count()).toBe(0);
      expect(await page.evaluate(`localStorage.getItem(${JSON.stringify(KEY)})`)).toBeNull();
      await close();
    });

    it('recovers from corrupt saved progress', async () => {
      const junk = [
        '{not json',
        '"a string"',
        '[1,2,3]',
        'null',
        '{"seed":"x","position":0}',
        '{"seed":1,"position":1e400,"answers":{"__proto__":"labeling"}}',
        `{"seed":-5,"position":2,"answers":{"amara-exam":"${'x'.repeat(10_000)}"}}`,
      ];
      for (const saved of junk) {
        const { page, errors, close } = await openArticle(true, saved);
        const card = await page.locator('thinking-trap-spotter [data-card]').isVisible();
        const results = await page.locator('thinking-trap-spotter [data-results]').isVisible();
        expect(card !== results, saved).toBe(true);
        if (card)
          expect(await page.locator('.tt-counter').innerText()).toMatch(new RegExp(`^Thought \\d+ of ${total}$`));
        expect(errors, saved).toEqual([]);
        await close();
      }
    });
  });
});
