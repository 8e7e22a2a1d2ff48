/**
 * The main interaction of each widget, as a reader does it first, on one instance of the widget. Used by
 * the storage-blocked test and the two-instances test; each fails if that instance's behaviour is dead.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from '../../helpers/paths';

export interface Case {
  /** The widget's folder in src/widgets/. */
  folder: string;
  /** Its custom element. */
  tag: string;
  use: (widget: Locator) => Promise<void>;
}

export const CASES: Case[] = [
  {
    folder: 'quiz',
    tag: 'self-check-quiz',
    async use(w) {
      const question = w.locator('.quiz-question').first();
      const right = Number(await question.getAttribute('data-answer'));
      await question.locator('input[type="radio"]').nth(right).check();
      await expect.poll(() => question.locator('.quiz-feedback').innerText()).toBe('Correct.');
    },
  },
  {
    folder: 'window-of-tolerance',
    tag: 'window-of-tolerance',
    async use(w) {
      await w.locator('input[type="range"]').focus();
      await w.page().keyboard.press('End');
      await expect
        .poll(() => w.locator('[role="status"]').innerText())
        .toBe('Now in: Hyper-arousal, above the window.');
      await w.locator('[data-breath-toggle]').click();
      expect(await w.locator('[data-breath-toggle]').innerText()).toBe('Stop breathing guide');
    },
  },
  {
    folder: 'thought-record',
    tag: 'thought-record',
    async use(w) {
      await w.locator('[data-field="situation"]').fill('No reply all day.');
      await w.locator('[data-action="save"]').click();
      // Saved, or with storage blocked, not saved and said so; either way the widget answered.
      await expect.poll(() => w.locator('[role="status"]').innerText()).toMatch(/^(Saved the record|Could not save)/);
    },
  },
  {
    folder: 'empathic-responses',
    tag: 'empathic-responses',
    async use(w) {
      const first = w.locator('.er-statement').first();
      const best = Number(await first.getAttribute('data-best'));
      await first.locator('input[type="radio"]').nth(best).check();
      await first.locator('[data-check]').click();
      await expect.poll(() => first.locator('.er-verdict').innerText()).toMatch(/^Yes: [A-D] is the most empathic/);
    },
  },
  {
    folder: 'reliable-change',
    tag: 'reliable-change-calculator',
    async use(w) {
      await w.locator('input[name="before"]').fill('15');
      await w.locator('input[name="after"]').fill('8');
      await w.locator('input[name="sd"]').fill('3.5');
      await w.locator('input[name="reliability"]').fill('0.89');
      await w.locator('[data-submit]').click();
      await expect
        .poll(() => w.locator('[data-verdict]').innerText())
        .toMatch(/^Reliable improvement: \|RCI\| = 4\.26/);
    },
  },
  {
    folder: 'compare-approaches',
    tag: 'compare-approaches',
    async use(w) {
      const names = await w.locator('.compare-options label').allInnerTexts();
      await w.locator('input[type="checkbox"]').nth(0).check();
      await w.locator('input[type="checkbox"]').nth(1).check();
      await expect.poll(() => w.locator('[role="status"]').innerText()).toBe(`Comparing ${names[0]} and ${names[1]}.`);
    },
  },
  {
    folder: 'thinking-traps',
    tag: 'thinking-trap-spotter',
    async use(w) {
      await w.locator('input[type="radio"]').first().check();
      await w.locator('[data-check]').click();
      await expect.poll(() => w.locator('.tt-verdict').innerText()).toMatch(/^(Correct|Not quite)/);
      expect(await w.locator('[role="status"]').textContent()).toMatch(/1 of \d+ checked/);
    },
  },
  {
    folder: 'spot-the-factor',
    tag: 'spot-the-factor',
    async use(w) {
      await w.locator('select').first().selectOption('none');
      await w.locator('[data-check]').click();
      await expect.poll(() => w.locator('[role="status"]').innerText()).toMatch(/^You matched 1 of \d+ lines/);
    },
  },
  {
    folder: 'brain-map',
    tag: 'brain-map',
    async use(w) {
      await w.locator('button', { hasText: 'Hippocampus' }).click();
      await expect.poll(() => w.locator('[role="status"]').innerText()).toMatch(/^Showing Hippocampus: /);
      expect(await w.locator('.region-details:visible dt').allInnerTexts()).toEqual(['Hippocampus']);
    },
  },
  {
    folder: 'dose-effect',
    tag: 'dose-effect-explorer',
    async use(w) {
      await w.locator('input[type="number"]').fill('26');
      await expect
        .poll(() => w.locator('[data-readout]').innerText())
        .toBe('After 26 sessions, about 75% of people in these studies had measurably improved.');
    },
  },
  {
    folder: 'life-stages',
    tag: 'life-stages-timeline',
    async use(w) {
      await w.locator('[role="tab"]').nth(1).click();
      await expect.poll(() => w.locator('[role="tabpanel"]:visible h4').allInnerTexts()).toEqual(['Stage 2: Autonomy']);
    },
  },
  {
    folder: 'relationship-effects',
    tag: 'relationship-effects-chart',
    async use(w) {
      await w.locator('input[name$="-sort"][value="name"]').check();
      const firstRow = () =>
        w
          .locator('tbody th')
          .first()
          .innerText()
          .then((t) => t.split('\n')[0]);
      await expect.poll(firstRow).toBe('Collaboration');
    },
  },
];

/**
 * The explainer folders in src/widgets/, to prove the cases cover every explainer. `study` is the Study
 * page's flashcard tool, a page of its own rather than an explainer an article embeds: tests/browser/study.test.ts
 * proves it with storage blocked, by keyboard and with its saved state.
 */
export function widgetFolders(): string[] {
  return readdirSync(path.join(ROOT, 'src/widgets'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared' && d.name !== 'study')
    .map((d) => d.name)
    .sort();
}
