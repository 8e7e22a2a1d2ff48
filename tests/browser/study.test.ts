/**
 * The Study page in a browser: a deck studied by keyboard through a simulated week on a fake clock (cards
 * come back on the day they are due and not before), progress that survives a reload, export and import,
 * corrupt saved state, blocked storage and bad import files; the no-JavaScript lists; reduced motion.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { useSite, type OpenOptions } from '../helpers/browser';
import { BUILDS, DIST } from '../helpers/paths';
import { cardAnchor } from '../../src/lib/study-cards';

interface CardsFile {
  cards: { id: string; front: string; back: string }[];
  decks: { id: string; cardIds: string[] }[];
}
const data = JSON.parse(readFileSync(path.join(DIST, 'study/cards.json'), 'utf8')) as CardsFile;
// The smallest article deck with at least four cards: a week of it stays quick to study.
const deck = data.decks
  .filter((d) => d.id.includes('/') && d.cardIds.length >= 4)
  .sort((a, b) => a.cardIds.length - b.cardIds.length)[0];
const STORAGE_KEY = 'htw:study:v1';
const DAY = 86_400_000;
/** Monday 5 January 2026, 09:00 UTC (the browser runs in UTC, so "today" is unambiguous). */
const START = Date.UTC(2026, 0, 5, 9);

interface SavedCard {
  due: number;
  state: number;
}

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  /** The Study page with the fake clock at `time` (or real time), ready once the cards have loaded. */
  async function openStudy(options: OpenOptions & { time?: number; blockStorage?: boolean } = {}) {
    const { time, blockStorage, ...rest } = options;
    const context = await session.browser.newContext({ timezoneId: 'UTC', acceptDownloads: true, ...rest.context });
    if (blockStorage)
      await context.addInitScript(() =>
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        }),
      );
    if (rest.storage)
      await context.addInitScript(
        (entries) => Object.entries(entries).forEach(([key, value]) => localStorage.setItem(key, value)),
        rest.storage,
      );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (time !== undefined) await page.clock.install({ time });
    await page.goto(new URL('study/', session.site.url).href);
    await ready(page);
    return { page, errors, close: () => context.close() };
  }

  const ready = (page: Page) => page.locator('study-session [data-action=start]').waitFor({ state: 'visible' });
  const deckItem = (page: Page) => page.locator(`study-session [data-deck="${deck.id}"]`);
  const stats = async (page: Page) => (await deckItem(page).locator('[data-stats]').textContent()) ?? '';
  const status = (page: Page) => page.locator('study-session [data-status]').innerText();
  const saved = async (page: Page) =>
    JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? 'null') as {
      cards: Record<string, SavedCard>;
    } | null;

  /** Ticks the deck with the keyboard (focus, Space) and starts studying with Enter. */
  async function chooseDeckAndStart(page: Page) {
    const box = deckItem(page).locator('input[name=deck]');
    // Article decks sit in their section's collapsed list; the page opens it when one of them is ticked.
    if (!(await box.isVisible())) {
      await deckItem(page).locator('xpath=ancestor::details/summary').focus();
      await page.keyboard.press('Enter');
    }
    if (!(await box.isChecked())) {
      await box.focus();
      await page.keyboard.press('Space');
    }
    expect(await box.isChecked()).toBe(true);
    await page.locator('study-session [data-action=start]').focus();
    await page.keyboard.press('Enter');
  }

  /** Studies by keyboard until the queue is empty (Space shows the answer, a digit grades); returns the ids seen. */
  async function studyUntilDone(page: Page, key = '3') {
    const seen: string[] = [];
    const card = page.locator('study-session [data-card]');
    for (let guard = 0; guard < 200; guard++) {
      if (!(await card.isVisible())) break;
      const id = (await card.getAttribute('data-card-id')) ?? '';
      seen.push(id);
      expect(await status(page)).toContain(data.cards.find((c) => c.id === id)?.front.split('\n')[0]);
      await page.keyboard.press('Space');
      await page.locator('study-session [data-back]').waitFor({ state: 'visible' });
      expect(await status(page)).toContain('Answer:');
      await page.keyboard.press(key);
    }
    expect(await status(page)).toMatch(/Nothing more to study in these decks today/);
    return seen;
  }

  describe(`study page, deck "${deck.id}" (${deck.cardIds.length} cards)`, () => {
    it('studies a deck by keyboard through a week: each card comes back on the day it is due, not before', async () => {
      const { page, errors, close } = await openStudy({ time: START });
      await chooseDeckAndStart(page);
      const firstDay = await studyUntilDone(page);
      // Every card was new, so each was seen at least twice (the learning steps) and is now learned.
      expect(new Set(firstDay)).toEqual(new Set(deck.cardIds));
      expect(firstDay.length).toBeGreaterThan(deck.cardIds.length);
      expect(await stats(page)).toMatch(
        new RegExp(`^${deck.cardIds.length} of ${deck.cardIds.length} learned · 0 due today`),
      );

      let reviewed = 0;
      for (let day = 1; day <= 7; day++) {
        const before = (await saved(page))?.cards ?? {};
        const endOfDay = START - 9 * 3_600_000 + (day + 1) * DAY - 1;
        const due = deck.cardIds.filter((id) => before[id].due <= endOfDay);
        await page.clock.setSystemTime(START + day * DAY);
        await page.reload();
        await ready(page);
        expect(await stats(page)).toContain(`${due.length} due today`);
        await chooseDeckAndStart(page);
        const seen = await studyUntilDone(page);
        expect(new Set(seen), `day ${day}`).toEqual(new Set(due));
        reviewed += seen.length;
        // A review graded Good is scheduled further out than the day it was reviewed.
        const after = (await saved(page))?.cards ?? {};
        for (const id of due) expect(after[id].due).toBeGreaterThan(endOfDay);
      }
      expect(reviewed).toBeGreaterThan(0);
      expect(await stats(page)).toContain('100% remembered');
      expect(errors).toEqual([]);
      await close();
    });

    it('keeps progress through a reload, and moves it to another browser by export and import', async () => {
      const { page, close } = await openStudy({ time: START });
      await chooseDeckAndStart(page);
      await studyUntilDone(page, '4');
      const learned = `${deck.cardIds.length} of ${deck.cardIds.length} learned`;
      await page.reload();
      await ready(page);
      expect(await stats(page)).toContain(learned);
      expect(await deckItem(page).locator('input[name=deck]').isChecked()).toBe(true);
      expect(await deckItem(page).locator('input[name=deck]').isVisible()).toBe(true);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('study-session [data-action=export]').click(),
      ]);
      expect(download.suggestedFilename()).toBe('how-therapy-works-progress-2026-01-05.json');
      // Read before the context closes (Playwright deletes its downloads with it), as a stream: the browser is
      // shared over a connection, so the file is not on a local path.
      const chunks: Buffer[] = await (await download.createReadStream()).toArray();
      const file = { name: 'progress.json', mimeType: 'application/json', buffer: Buffer.concat(chunks) };
      const before = await saved(page);
      await close();

      const other = await openStudy({ time: START });
      expect(await stats(other.page)).toContain(`0 of ${deck.cardIds.length} learned`);
      await other.page.locator('study-session [data-import]').setInputFiles(file);
      await other.page.waitForFunction(
        (text) => document.querySelector('study-session [data-status]')?.textContent?.includes(text),
        'Progress imported',
      );
      expect(await stats(other.page)).toContain(learned);
      expect(await saved(other.page)).toEqual(before);
      expect(await other.page.locator('study-session [data-error]').innerText()).toBe('');
      await other.close();
    });

    it('forgets all progress when asked, after confirming', async () => {
      const { page, close } = await openStudy({ time: START });
      await chooseDeckAndStart(page);
      await studyUntilDone(page, '4');
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.accept();
      });
      await page.locator('study-session [data-action=forget]').click();
      expect(dialogs).toEqual(['Forget all your study progress in this browser? This cannot be undone.']);
      expect(await stats(page)).toContain(`0 of ${deck.cardIds.length} learned`);
      expect((await saved(page))?.cards).toEqual({});
      await close();
    });

    it('rejects a bad import file with a clear message and keeps the progress it had', async () => {
      const { page, close } = await openStudy({ time: START });
      await chooseDeckAndStart(page);
      await studyUntilDone(page, '4');
      const before = await saved(page);
      await page.locator('study-session [data-import]').setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"hello": "world"}'),
      });
      const alert = page.locator('study-session [role=alert]');
      await alert.filter({ hasText: 'Nothing was imported' }).waitFor();
      expect(await alert.innerText()).toMatch(/not a How Therapy Works progress file/);
      expect(await saved(page)).toEqual(before);
      await close();
    });

    it('recovers from corrupt saved state: unreadable data starts afresh, a damaged card starts again', async () => {
      const broken = await openStudy({ time: START, storage: { [STORAGE_KEY]: '{"cards": [oops' } });
      expect(await stats(broken.page)).toContain(`0 of ${deck.cardIds.length} learned`);
      await chooseDeckAndStart(broken.page);
      await studyUntilDone(broken.page, '4');
      expect(broken.errors).toEqual([]);
      const good = (await saved(broken.page)) ?? { cards: {} };
      await broken.close();

      const [damagedId, ...rest] = deck.cardIds;
      const damaged = { ...good, cards: { ...good.cards, [damagedId]: { ...good.cards[damagedId], due: 'soon' } } };
      // The next day, so the daily limit on new cards leaves room for the card that starts again.
      const partly = await openStudy({ time: START + DAY, storage: { [STORAGE_KEY]: JSON.stringify(damaged) } });
      expect(await stats(partly.page)).toContain(`${rest.length} of ${deck.cardIds.length} learned`);
      await chooseDeckAndStart(partly.page);
      expect(await studyUntilDone(partly.page, '4')).toContain(damagedId);
      expect(partly.errors).toEqual([]);
      await partly.close();
    });

    it('still studies when storage is blocked, and says that progress will be forgotten', async () => {
      const { page, errors, close } = await openStudy({ time: START, blockStorage: true });
      await chooseDeckAndStart(page);
      await page.keyboard.press('Space');
      await page.keyboard.press('3');
      expect(await page.locator('study-session [role=alert]').innerText()).toMatch(/will be forgotten/);
      expect(await stats(page)).toMatch(/due today/);
      expect(errors).toEqual([]);
      await close();
    });

    it('works by touch on a phone-sized screen', async () => {
      const { page, errors, close } = await openStudy({
        time: START,
        context: { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } },
      });
      await deckItem(page).locator('xpath=ancestor::details/summary').tap();
      await deckItem(page).locator('input[name=deck]').tap();
      await page.locator('study-session [data-action=start]').tap();
      await page.locator('study-session [data-action=reveal]').tap();
      await page.locator('study-session [data-grade="3"]').tap();
      expect(await status(page)).toMatch(/^Good: back in \d+ min\. Next card: /);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(errors).toEqual([]);
      await close();
    });

    it('has no axe violations while studying, and shows the answer without motion when asked', async () => {
      const { page, close } = await openStudy({ context: { reducedMotion: 'reduce' } });
      await chooseDeckAndStart(page);
      await page.keyboard.press('Space');
      const back = page.locator('study-session [data-back]');
      expect(await back.evaluate((e) => getComputedStyle(e).animationName)).toBe('none');
      expect(await axeViolations(page)).toEqual([]);
      await close();
    });

    it('without JavaScript, lists every deck with its printable questions and answers and downloads', async () => {
      const context = await session.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(new URL('study/', session.site.url).href);
      expect(await page.locator('[data-without-js]').isVisible()).toBe(true);
      expect(await page.locator('input[name=deck]').first().isVisible()).toBe(false);
      expect(await page.locator('[data-deck]').count()).toBe(data.decks.length);
      const item = page.locator(`[data-deck="${deck.id}"]`);
      const slug = deck.id.replace(/\//g, '-');
      expect(
        await item.locator('a[download]').evaluateAll((links) => links.map((l) => l.getAttribute('href'))),
      ).toEqual([`${base}study/anki/${slug}.txt`, `${base}study/csv/${slug}.csv`]);
      await item.locator('xpath=ancestor::details/summary').click();
      await item.getByRole('link', { name: /Questions and answers/ }).click();
      const section = page.locator(`#${slug}`).locator('xpath=..');
      // Its cards in deck order: those listed for an article above it on the page are linked, not repeated.
      const questions = await section.locator('.qa-question').allInnerTexts();
      const linked = await section
        .locator('.qa-above a')
        .evaluateAll((links) => links.map((l) => l.getAttribute('href')?.slice(1)));
      const fronts = deck.cardIds.map((id) => data.cards.find((c) => c.id === id)?.front);
      const listedHere = deck.cardIds.filter((id) => !linked.includes(cardAnchor(id)));
      expect(questions).toEqual(listedHere.map((id) => data.cards.find((c) => c.id === id)?.front));
      expect(questions.length + linked.length).toBe(fronts.length);
      for (const anchor of linked) expect(await page.locator(`#${anchor} .qa-question`).count()).toBe(1);
      await context.close();
    });
  });
});
