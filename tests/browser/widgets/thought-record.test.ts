/**
 * The thought record on the CBT page: a printable worksheet without JavaScript; with it, keyboard use,
 * clamped ratings, autosaved draft and saved records that survive a reload, corrupt storage, and
 * 10,000-character fields; export, print and delete.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe';
import { useSite } from '../../helpers/browser';
import { pagesIn } from '../../helpers/dist';
import { BUILDS, DIST } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const article = must(pagesIn(DIST, 'en').find((p) => p.root.querySelector('thought-record')));
const STORAGE_KEY = 'htw:thought-record:v1';
const READY = 'customElements.get("thought-record") !== undefined';

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  const openArticle = (javaScriptEnabled = true) =>
    session.open(article.url, {
      javaScriptEnabled,
      context: { acceptDownloads: true },
      ready: (page) => page.waitForFunction(READY),
    });

  async function reload(page: Page) {
    await page.reload();
    await page.waitForFunction(READY);
  }

  const widget = (page: Page) => page.locator('thought-record');
  const field = (page: Page, name: string) => widget(page).locator(`[data-field="${name}"]`);
  const records = (page: Page) => widget(page).locator('.tr-record');
  const stored = (page: Page) =>
    page.evaluate(`localStorage.getItem(${JSON.stringify(STORAGE_KEY)})`) as Promise<string | null>;

  /** Exactly 10,000 characters of awkward text: accents, markup, quotes, blank lines, tabs. */
  const LONG = 'Zoë <b>&amp;</b> "quoted" \\ line\n\n\tindented – '.repeat(300).slice(0, 10_000);

  describe(`thought record (${article?.url})`, () => {
    it('without JavaScript, is a printable worksheet with every step explained', async () => {
      expect(article.url).toBe('/approaches/cbt/');
      const { page, close } = await openArticle(false);
      const w = widget(page);
      const steps = w.locator('.tr-step');
      expect(await steps.count()).toBe(7);
      expect(await steps.locator('.tr-step-name').allInnerTexts()).toEqual([
        'Situation',
        'Automatic thought',
        'Emotions and how strong they were',
        'Evidence for the thought',
        'Evidence against the thought',
        'Balanced thought',
        'Re-rate your emotions',
      ]);
      for (let i = 0; i < 7; i++)
        expect((await steps.nth(i).locator('.tr-help').innerText()).length).toBeGreaterThan(20);
      expect(await w.locator('[data-no-js]').innerText()).toMatch(/Saving needs JavaScript.*print this page/s);
      expect(await w.locator('[data-action="save"]').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await steps.first().isVisible()).toBe(true);
      expect(await field(page, 'situation').isVisible()).toBe(true);
      expect(await w.locator('[data-no-js]').isVisible()).toBe(false);
      await close();
    });

    it('is filled in and saved by keyboard, clamps a bad rating with a message, and passes axe', async () => {
      const { page, errors, close } = await openArticle();
      const w = widget(page);
      expect(await w.locator('[data-js-only]').first().innerText()).toMatch(/only in this browser/);
      await field(page, 'situation').focus();
      await page.keyboard.type('Sent the report, no reply all day.');
      await page.keyboard.press('Tab');
      await page.keyboard.type('She hated it.');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Anxious');
      await page.keyboard.press('Tab');
      await page.keyboard.type('150');
      await page.keyboard.press('Tab'); // leaving the box clamps the value
      const rating = w.locator('[data-emotions] [data-rating]').first();
      await expect.poll(() => rating.inputValue()).toBe('100');
      const problem = 'Anxious, at the time: 150 is above the 0-100 scale, so it was set to 100.';
      expect(await w.locator('[data-emotions] .tr-problem').innerText()).toBe(problem);
      expect(await w.locator('[role="status"]').innerText()).toBe(problem);
      // The re-rating step names the emotion typed in step 3.
      expect(await w.locator('[data-rerate] label').innerText()).toMatch(/^Anxious, strength now/);
      await w.locator('[data-rerate] [data-rating]').focus();
      await page.keyboard.type('30');
      await w.locator('[data-action="save"]').focus();
      await page.keyboard.press('Enter');

      await expect.poll(() => w.locator('[role="status"]').innerText()).toMatch(/^Saved the record of /);
      expect(await records(page).count()).toBe(1);
      const saved = await records(page).first().innerText();
      expect(saved).toContain('Sent the report, no reply all day.');
      expect(saved).toContain('Anxious: 100 at the time, 30 after');
      expect(await field(page, 'situation').inputValue()).toBe('');
      expect(await axeViolations(page, 'thought-record')).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });

    it('keeps the draft and the saved records after a reload', async () => {
      const { page, close } = await openArticle();
      await field(page, 'situation').fill('A saved moment');
      await widget(page).locator('[data-action="save"]').click();
      await field(page, 'thought').fill('A half-written draft');
      await widget(page).locator('[data-action="add"]').click();
      await widget(page).locator('[data-emotions] [data-name]').nth(1).fill('Ashamed');
      await expect.poll(() => stored(page)).toContain('Ashamed'); // the debounced autosave ran
      await reload(page);
      expect(await field(page, 'thought').inputValue()).toBe('A half-written draft');
      expect(await widget(page).locator('[data-emotions] [data-name]').nth(1).inputValue()).toBe('Ashamed');
      expect(await records(page).count()).toBe(1);
      expect(await records(page).first().innerText()).toContain('A saved moment');
      // Even a reload straight after typing, before the autosave delay, keeps the text.
      await field(page, 'balanced').fill('Typed just before leaving');
      await reload(page);
      expect(await field(page, 'balanced').inputValue()).toBe('Typed just before leaving');
      await close();
    });

    it('never overwrites records saved in another tab', async () => {
      const { page, close } = await openArticle();
      const other = await page.context().newPage();
      await other.goto(page.url());
      await other.waitForFunction(READY);
      await field(other, 'situation').fill('Saved in the other tab');
      await widget(other).locator('[data-action="save"]').click();
      await expect.poll(() => records(page).count()).toBe(1); // this tab took the new record over
      await field(page, 'thought').fill('Typing here afterwards');
      await expect.poll(() => stored(page)).toContain('Typing here afterwards');
      expect(await stored(page)).toContain('Saved in the other tab');
      await close();
    });

    it('survives corrupt saved data: no errors, a usable form, and whatever can be salvaged', async () => {
      const { page, errors, close } = await openArticle();
      const junk = [
        '{not json',
        '"a string"',
        '[1,2,3]',
        'null',
        JSON.stringify({ draft: 7, records: 'nope' }),
        JSON.stringify({
          draft: { situation: ['x'], emotions: [{ name: 5, before: 'NaN', after: 1e9 }] },
          records: [null, {}, { id: 3, situation: 'Salvaged', savedAt: 'never' }],
        }),
      ];
      for (const value of junk) {
        await page.evaluate(`localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, ${JSON.stringify(value)})`);
        await reload(page);
        expect(await field(page, 'situation').isEditable()).toBe(true);
      }
      // The last value held one readable record and a rating to clamp.
      expect(await records(page).count()).toBe(1);
      expect(await records(page).first().innerText()).toMatch(/Date unknown[\s\S]*Salvaged/);
      expect(await widget(page).locator('[data-rerate] [data-rating]').inputValue()).toBe('100');
      await field(page, 'situation').fill('Still works');
      await widget(page).locator('[data-action="save"]').click();
      expect(await records(page).count()).toBe(2);
      expect(errors).toEqual([]);
      await close();
    });

    it('keeps 10,000-character fields exactly, without freezing the page', async () => {
      const { page, errors, close } = await openArticle();
      expect(LONG).toHaveLength(10_000);
      const started = Date.now();
      await field(page, 'situation').fill(LONG);
      await field(page, 'evidenceAgainst').fill(LONG);
      await widget(page).locator('[data-action="save"]').click();
      await expect.poll(() => widget(page).locator('[role="status"]').innerText()).toMatch(/^Saved/);
      await field(page, 'balanced').fill(LONG); // and a long draft
      await reload(page);
      const first = records(page).first().locator('dd');
      expect(await first.nth(0).textContent()).toBe(LONG);
      expect(await first.nth(4).textContent()).toBe(LONG);
      expect(await field(page, 'balanced').inputValue()).toBe(LONG);
      const saved = JSON.parse(must(await stored(page)));
      expect(saved.records[0].situation).toBe(LONG);
      // Typing one more key into a long field still answers at once.
      const before = Date.now();
      await field(page, 'balanced').press('End');
      await field(page, 'balanced').press('!');
      expect(await field(page, 'balanced').inputValue()).toBe(`${LONG}!`);
      expect(Date.now() - before).toBeLessThan(5_000);
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(errors).toEqual([]);
      await close();
    });

    it('exports records as a text download, prints records without controls, and deletes them', async () => {
      const { page, close } = await openArticle();
      const w = widget(page);
      for (const situation of ['First moment', 'Second moment']) {
        await field(page, 'situation').fill(situation);
        await w.locator('[data-action="save"]').click();
      }
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        w.locator('[data-action="download"]').click(),
      ]);
      expect(download.suggestedFilename()).toBe('thought-records.txt');
      // Read as a stream: the browser is shared over a connection, so the file is not on a local path.
      const text = (await (await download.createReadStream()).toArray()).join('');
      expect(text).toMatch(/^Thought records from How Therapy Works/);
      expect(text.indexOf('Second moment')).toBeLessThan(text.indexOf('First moment')); // newest first
      expect(text).toContain('Situation:\nFirst moment');

      await page.emulateMedia({ media: 'print' });
      expect(await records(page).first().isVisible()).toBe(true);
      expect(await field(page, 'situation').isVisible()).toBe(false);
      expect(await w.locator('[data-action="delete"]').first().isVisible()).toBe(false);
      expect(await w.locator('[data-action="print"]').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });

      await records(page).filter({ hasText: 'First moment' }).locator('[data-action="delete"]').click();
      expect(await records(page).count()).toBe(1);
      // "Delete all" asks first: dismissing keeps the records, accepting removes them.
      page.once('dialog', (d) => d.dismiss());
      await w.locator('[data-action="delete-all"]').click();
      expect(await records(page).count()).toBe(1);
      page.once('dialog', (d) => d.accept());
      await w.locator('[data-action="delete-all"]').click();
      await expect.poll(() => records(page).count()).toBe(0);
      expect(await w.locator('[data-empty]').isVisible()).toBe(true);
      expect(await stored(page)).toBeNull();
      await close();
    });
  });
});
