/**
 * With site storage blocked (a privacy setting: reading `window.localStorage` throws a SecurityError), every
 * widget and the theme toggle still start and do their main job; they just forget. One case per widget,
 * each opened with storage blocked from the very first script, doing what a reader does first.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../../helpers/browser';
import { pagesIn } from '../../helpers/dist';
import { BUILDS, DIST } from '../../helpers/paths';
import { CASES, widgetFolders } from './main-interactions';

// The main interactions check English words: each widget is opened on its English page.
const pages = pagesIn(DIST, 'en');
const pageWith = (tag: string) => pages.find((p) => p.root.querySelector(tag))?.url;

describe('the storage-blocked cases', () => {
  it('cover every widget folder, so a new widget cannot skip this test', () => {
    expect(CASES.map((c) => c.folder).sort()).toEqual(widgetFolders());
  });
});

describe.each(BUILDS)('on the $name build, with site storage blocked', ({ dist, base }) => {
  const session = useSite(dist, base);

  it.each(CASES)('$tag starts and does its main job', async ({ tag, use }) => {
    const url = pageWith(tag);
    if (!url) throw new Error(`no built page has <${tag}>`);
    const { page, errors, close } = await session.open(url, { storageBlocked: true });
    // The block is real: the page itself cannot read storage.
    expect(await page.evaluate('(() => { try { localStorage; return "open"; } catch (e) { return e.name; } })()')).toBe(
      'SecurityError',
    );
    const widget = page.locator(tag).first();
    await widget.scrollIntoViewIfNeeded(); // the quiz's script loads only when the reader gets near
    await page.waitForFunction((name) => customElements.get(name) !== undefined, tag);
    await use(widget);
    expect(errors).toEqual([]);
    await close();
  });

  it('the thought record says it could not save, and keeps the text in the form', async () => {
    const url = pageWith('thought-record');
    if (!url) throw new Error('no built page has <thought-record>');
    const { page, errors, close } = await session.open(url, { storageBlocked: true });
    const widget = page.locator('thought-record');
    await widget.locator('[data-field="situation"]').fill('No reply all day.');
    await widget.locator('[data-action="save"]').click();
    await expect.poll(() => widget.locator('[role="status"]').innerText()).toMatch(/^Could not save: storage/);
    expect(await widget.locator('[data-field="situation"]').inputValue()).toBe('No reply all day.');
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
    expect(await page.getByRole('button', { name: 'Theme: Dark', exact: true }).count()).toBe(1);
    await page.reload();
    expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('light');
    expect(errors).toEqual([]);
    await close();
  });
});
