/** The window-of-tolerance explorer on its article: no-JS content, keyboard use, breathing guide, saved timings. */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe';
import { useSite } from '../../helpers/browser';
import { pagesIn } from '../../helpers/dist';
import { BUILDS, DIST } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const article = must(pagesIn(DIST, 'en').find((p) => p.root.querySelector('window-of-tolerance')));
const STORAGE_KEY = 'htw:window-of-tolerance:v1';
const READY = 'customElements.get("window-of-tolerance") !== undefined';

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  /** Opens the article; `fakeClock` lets a test move time forward exactly, for the breathing guide. */
  const openArticle = ({ fakeClock, ...context }: BrowserContextOptions & { fakeClock?: boolean } = {}) =>
    session.open(article.url, {
      javaScriptEnabled: context.javaScriptEnabled ?? true,
      context,
      fakeClock,
      ready: (page) => page.waitForFunction(READY),
    });

  const visibleZones = (page: Page) =>
    page.locator('window-of-tolerance li[data-zone]:visible .wot-zone-name strong').allInnerTexts();

  describe(`window of tolerance (${article?.url})`, () => {
    it('is placed in the affect-regulation article, which cites the source it links to', () => {
      expect(article.url).toBe('/what-heals/affect-regulation/');
      expect(article.root.querySelector('#ref-siegel2012')).not.toBeNull();
    });

    it('teaches without JavaScript: the zones drawn and listed with skills, and breathing as text', async () => {
      const { page, close } = await openArticle({ javaScriptEnabled: false });
      const widget = page.locator('window-of-tolerance');
      expect(await widget.locator('figure [role="img"]').isVisible()).toBe(true);
      expect(await visibleZones(page)).toEqual(['Hypo-arousal', 'Window of tolerance', 'Hyper-arousal']);
      expect(await widget.locator('li[data-zone="hyper"]').innerText()).toMatch(
        /Skills that can help[\s\S]*Slow your breathing/,
      );
      expect(await widget.locator('.wot-breath').innerText()).toMatch(
        /Breathe in gently for about 4 seconds, then breathe out slowly for\s+about 6 seconds/,
      );
      expect(await widget.locator('input[type="range"]').isVisible()).toBe(false);
      expect(await widget.locator('[data-breath-toggle]').isVisible()).toBe(false);
      expect(await widget.locator('a[href$="/help-now/"]').count()).toBe(1);
      await close();
    });

    it('moves through the zones by keyboard alone, announcing each change of zone', async () => {
      const { page, close } = await openArticle();
      const range = page.locator('window-of-tolerance input[type="range"]');
      const status = page.locator('window-of-tolerance [role="status"]');
      expect(await visibleZones(page)).toEqual(['Window of tolerance']);
      await range.focus();
      await page.keyboard.press('End');
      expect(await visibleZones(page)).toEqual(['Hyper-arousal']);
      expect(await range.getAttribute('aria-valuetext')).toBe('Hyper-arousal, 100 of 100');
      expect(await status.innerText()).toBe('Now in: Hyper-arousal, above the window.');
      expect(await page.locator('window-of-tolerance li[data-zone="hyper"]').innerText()).toMatch(/Grounding/);
      await page.keyboard.press('Home');
      expect(await visibleZones(page)).toEqual(['Hypo-arousal']);
      expect(await page.locator('window-of-tolerance li[data-zone="hypo"]').innerText()).toMatch(
        /Gentle movement[\s\S]*Orient to the room/,
      );
      // The picture marks the zone with an outline, not colour alone.
      expect(await page.locator('window-of-tolerance rect.is-current').getAttribute('data-zone')).toBe('hypo');
      for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowRight');
      expect(await range.getAttribute('aria-valuetext')).toBe('Hypo-arousal, 24 of 100');
      // Tab on to the "Raise arousal" button past "Lower arousal", and press it: 24 + 5 enters the window.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.textContent.trim()')).toMatch(/Raise arousal$/);
      await page.keyboard.press('Enter');
      expect(await range.inputValue()).toBe('29');
      expect(await visibleZones(page)).toEqual(['Window of tolerance']);
      expect(await status.innerText()).toBe('Now in: Window of tolerance, the middle zone.');
      await page.locator('window-of-tolerance [data-breath-toggle]').focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('window-of-tolerance [data-breath-toggle]').innerText()).toBe('Stop breathing guide');
      expect(await axeViolations(page, 'window-of-tolerance')).toEqual([]);
      await close();
    });

    it('paces the breath with the chosen timings, announcing only the phase changes', async () => {
      const { page, close } = await openArticle({ fakeClock: true });
      const widget = page.locator('window-of-tolerance');
      const count = widget.locator('[data-breath-count]');
      const status = widget.locator('[role="status"]');
      const radius = async () => Number(await widget.locator('[data-breath-circle]').getAttribute('r'));
      await widget.locator('input[name="inhale"]').fill('3');
      await widget.locator('input[name="inhale"]').press('Tab');
      await widget.locator('input[name="exhale"]').fill('5');
      await widget.locator('input[name="exhale"]').press('Tab');
      // An installed fake clock still follows real time; paused, only runFor moves it, so a slow machine
      // cannot add a second between the click and the first check.
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
      await widget.locator('[data-breath-toggle]').click();
      await page.clock.runFor(1200);
      expect(await count.innerText()).toBe('Breathe in… 3, 2');
      expect(await status.innerText()).toBe('Breathe in');
      expect(await widget.locator('.wot-breath-visual').isVisible()).toBe(true);
      const halfIn = await radius();
      expect(halfIn).toBeGreaterThan(36);
      await page.clock.runFor(2200); // 3.4 s: 0.4 s into breathing out
      expect(await count.innerText()).toBe('Breathe out… 5');
      expect(await status.innerText()).toBe('Breathe out');
      expect(await radius()).toBeGreaterThan(halfIn);
      await page.clock.runFor(4800); // 8.2 s: the second breath in
      expect(await count.innerText()).toBe('Breathe in… 3');
      await widget.locator('[data-breath-toggle]').click();
      expect(await count.innerText()).toMatch(/^Stopped/);
      expect(await radius()).toBe(36);
      await close();
    });

    it('shows a text count instead of the moving circle when motion is reduced', async () => {
      const { page, close } = await openArticle({ reducedMotion: 'reduce', fakeClock: true });
      const widget = page.locator('window-of-tolerance');
      await widget.locator('[data-breath-toggle]').click();
      await page.clock.runFor(2100);
      expect(await widget.locator('.wot-breath-visual').isVisible()).toBe(false);
      expect(await widget.locator('[data-breath-count]').innerText()).toBe('Breathe in… 4, 3, 2');
      expect(await axeViolations(page, 'window-of-tolerance')).toEqual([]);
      await close();
    });

    it('rejects timings out of bounds, remembers valid ones after a reload, and Reset clears them', async () => {
      const { page, close } = await openArticle();
      const inhale = page.locator('window-of-tolerance input[name="inhale"]');
      await inhale.fill('12');
      await inhale.press('Tab');
      expect(await inhale.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#wot-inhale-error').innerText()).toBe('Enter a whole number of seconds from 2 to 10.');
      expect(await inhale.getAttribute('aria-describedby')).toContain('wot-inhale-error');
      expect(await page.evaluate(`localStorage.getItem('${STORAGE_KEY}')`)).toBeNull();
      await inhale.fill('5');
      await inhale.press('Tab');
      expect(await page.locator('#wot-inhale-error').isVisible()).toBe(false);
      expect(JSON.parse((await page.evaluate(`localStorage.getItem('${STORAGE_KEY}')`)) as string)).toEqual({
        inhale: 5,
        exhale: 6,
      });
      await page.reload();
      await page.waitForFunction(READY);
      expect(await inhale.inputValue()).toBe('5');
      await page.locator('window-of-tolerance [data-breath-reset]').click();
      expect(await inhale.inputValue()).toBe('4');
      expect(await page.evaluate(`localStorage.getItem('${STORAGE_KEY}')`)).toBeNull();
      await close();
    });

    it('recovers from corrupt saved timings', async () => {
      const { page, errors, close } = await openArticle();
      for (const junk of [
        '{not json',
        '{"inhale": 99, "exhale": 6}',
        '"a string"',
        '[4, 6]',
        '{"inhale": "3e0", "exhale": null}',
      ]) {
        await page.evaluate(`localStorage.setItem('${STORAGE_KEY}', ${JSON.stringify(junk)})`);
        await page.reload();
        await page.waitForFunction(READY);
        expect(await page.locator('window-of-tolerance input[name="inhale"]').inputValue()).toBe('4');
        expect(await page.locator('window-of-tolerance input[name="exhale"]').inputValue()).toBe('6');
        expect(await page.evaluate(`localStorage.getItem('${STORAGE_KEY}')`)).toBeNull();
      }
      expect(errors).toEqual([]);
      await close();
    });
  });
});
