/**
 * With site storage blocked (a privacy setting: reading `window.localStorage` throws a SecurityError), every
 * widget and the theme toggle still start and do their main job; they just forget. One case per widget,
 * each opened with storage blocked from the very first script, doing what a reader does first.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../../helpers/browser';
import { builtPages } from '../../helpers/dist';
import { BUILDS, DIST, ROOT } from '../../helpers/paths';

interface Case {
  /** The widget's folder in src/widgets/. */
  folder: string;
  /** Its custom element. */
  tag: string;
  /** Gets the element ready (when needed) and does the reader's first thing; fails if the widget is dead. */
  use: (page: Page) => Promise<void>;
}

const CASES: Case[] = [
  {
    folder: 'quiz',
    tag: 'self-check-quiz',
    async use(page) {
      const quiz = page.locator('self-check-quiz').first();
      await quiz.scrollIntoViewIfNeeded(); // its script loads when the reader gets near
      const question = quiz.locator('.quiz-question').first();
      const right = Number(await question.getAttribute('data-answer'));
      await question.locator('input[type="radio"]').nth(right).check();
      await expect.poll(() => question.locator('.quiz-feedback').innerText()).toBe('Correct.');
    },
  },
  {
    folder: 'window-of-tolerance',
    tag: 'window-of-tolerance',
    async use(page) {
      await page.locator('window-of-tolerance input[type="range"]').focus();
      await page.keyboard.press('End');
      await expect
        .poll(() => page.locator('window-of-tolerance [role="status"]').innerText())
        .toBe('Now in: Hyper-arousal, above the window.');
      await page.locator('window-of-tolerance [data-breath-toggle]').click();
      expect(await page.locator('window-of-tolerance [data-breath-toggle]').innerText()).toBe('Stop breathing guide');
    },
  },
  {
    folder: 'thought-record',
    tag: 'thought-record',
    async use(page) {
      const w = page.locator('thought-record');
      await w.locator('[data-field="situation"]').fill('No reply all day.');
      await w.locator('[data-action="save"]').click();
      // It cannot keep the record, says so, and leaves the text in the form.
      await expect.poll(() => w.locator('[role="status"]').innerText()).toMatch(/^Could not save: storage/);
      expect(await w.locator('[data-field="situation"]').inputValue()).toBe('No reply all day.');
    },
  },
  {
    folder: 'empathic-responses',
    tag: 'empathic-responses',
    async use(page) {
      const first = page.locator('.er-statement').first();
      const best = Number(await first.getAttribute('data-best'));
      await first.locator('input[type="radio"]').nth(best).check();
      await first.locator('[data-check]').click();
      await expect.poll(() => first.locator('.er-verdict').innerText()).toMatch(/^Yes: [A-D] is the most empathic/);
    },
  },
  {
    folder: 'reliable-change',
    tag: 'reliable-change-calculator',
    async use(page) {
      const w = page.locator('reliable-change-calculator');
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
    async use(page) {
      const w = page.locator('compare-approaches');
      const names = await w.locator('.compare-options label').allInnerTexts();
      await w.locator('input[type="checkbox"]').nth(0).check();
      await w.locator('input[type="checkbox"]').nth(1).check();
      await expect.poll(() => w.locator('[role="status"]').innerText()).toBe(`Comparing ${names[0]} and ${names[1]}.`);
    },
  },
  {
    folder: 'thinking-traps',
    tag: 'thinking-trap-spotter',
    async use(page) {
      const w = page.locator('thinking-trap-spotter');
      await w.locator('input[name="thinking-trap-choice"]').first().check();
      await w.locator('[data-check]').click();
      await expect.poll(() => w.locator('.tt-verdict').innerText()).toMatch(/^(Correct|Not quite)/);
      expect(await w.locator('[role="status"]').textContent()).toMatch(/1 of \d+ checked/);
    },
  },
  {
    folder: 'spot-the-factor',
    tag: 'spot-the-factor',
    async use(page) {
      const w = page.locator('spot-the-factor');
      await w.locator('select').first().selectOption('none');
      await w.locator('[data-check]').click();
      await expect.poll(() => w.locator('[role="status"]').innerText()).toMatch(/^You matched 1 of \d+ lines/);
    },
  },
  {
    folder: 'brain-map',
    tag: 'brain-map',
    async use(page) {
      await page.locator('brain-map button', { hasText: 'Hippocampus' }).click();
      await expect.poll(() => page.locator('brain-map [role="status"]').innerText()).toMatch(/^Showing Hippocampus: /);
      expect(await page.locator('brain-map .region-details:visible dt').allInnerTexts()).toEqual(['Hippocampus']);
    },
  },
  {
    folder: 'dose-effect',
    tag: 'dose-effect-explorer',
    async use(page) {
      await page.locator('dose-effect-explorer input[type="number"]').fill('26');
      await expect
        .poll(() => page.locator('dose-effect-explorer [data-readout]').innerText())
        .toBe('After 26 sessions, about 75% of people in these studies had measurably improved.');
    },
  },
  {
    folder: 'life-stages',
    tag: 'life-stages-timeline',
    async use(page) {
      await page.locator('life-stages-timeline [role="tab"]').nth(1).click();
      await expect
        .poll(() => page.locator('life-stages-timeline [role="tabpanel"]:visible h4').allInnerTexts())
        .toEqual(['Stage 2: Autonomy']);
    },
  },
  {
    folder: 'relationship-effects',
    tag: 'relationship-effects-chart',
    async use(page) {
      await page.locator('input[name="relationship-effects-sort"][value="name"]').check();
      await expect
        .poll(() =>
          page
            .locator('relationship-effects-chart tbody th')
            .first()
            .innerText()
            .then((t) => t.split('\n')[0]),
        )
        .toBe('Collaboration');
    },
  },
];

const pages = builtPages(DIST);
const pageWith = (tag: string) => pages.find((p) => p.root.querySelector(tag))?.url;

describe('the storage-blocked cases', () => {
  it('cover every widget folder, so a new widget cannot skip this test', () => {
    const folders = readdirSync(path.join(ROOT, 'src/widgets'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'shared')
      .map((d) => d.name)
      .sort();
    expect(CASES.map((c) => c.folder).sort()).toEqual(folders);
  });
});

describe.each(BUILDS)('on the $name build, with site storage blocked', ({ dist, base }) => {
  const session = useSite(dist, base);

  it.each(CASES)('$tag starts and does its main job', async ({ tag, use }) => {
    const url = pageWith(tag);
    expect(url, `no built page has <${tag}>`).toBeDefined();
    const { page, errors, close } = await session.open(url!, { storageBlocked: true });
    // The block is real: the page itself cannot read storage.
    expect(await page.evaluate('(() => { try { localStorage; return "open"; } catch (e) { return e.name; } })()')).toBe(
      'SecurityError',
    );
    await page.locator(tag).first().scrollIntoViewIfNeeded();
    await page.waitForFunction((name) => customElements.get(name) !== undefined, tag);
    await use(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('the theme toggle switches the theme, and forgets it on reload', async () => {
    const { page, errors, close } = await session.open('/', {
      storageBlocked: true,
      context: { colorScheme: 'light' },
    });
    expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('light');
    const toggle = page.locator('theme-toggle button');
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    await toggle.click();
    expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('light');
    expect(errors).toEqual([]);
    await close();
  });
});
