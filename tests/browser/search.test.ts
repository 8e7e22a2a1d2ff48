/**
 * The search interface on the real built site: results come five at a time ("Show more results") while the
 * live region gives the total; each result links to the matching part of its article and names its
 * section; the filters stay in the URL; a query that is exactly a glossary term or alias shows its definition.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_PAGE_SIZE, glossaryShard, normalizeTerm } from '../../src/lib/search';
import { useSite } from '../helpers/browser';
import { builtPages } from '../helpers/dist';
import { BUILDS, ROOT } from '../helpers/paths';

/** The built page at `url` (a test fails, rather than crashes, when it is missing). */
function builtPage(dist: string, url: string) {
  const page = builtPages(dist).find((p) => p.url === url);
  if (!page) throw new Error(`${url} is not in ${dist}`);
  return page;
}

/** A glossary entry's term, definition and aliases, as written in content/glossary/<id>.md. */
function glossaryEntry(id: string) {
  const source = readFileSync(path.join(ROOT, 'content/glossary', `${id}.md`), 'utf8');
  const field = (name: string, fallback: string) => source.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1] ?? fallback;
  return {
    term: JSON.parse(field('term', '""')) as string,
    short: JSON.parse(field('short', '""')) as string,
    aliases: JSON.parse(field('aliases', '[]')) as string[],
  };
}

describe.each(BUILDS)('search on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);
  const results = 'search-page [data-search-results] > li';

  async function searchFor(query: string) {
    const opened = await session.open(`/search/?q=${encodeURIComponent(query)}`, { waitFor: 'search-page' });
    await opened.page.locator('search-page [data-search-status]').filter({ hasText: query }).waitFor();
    return opened;
  }

  it('shows five results, says how many there are in all, and loads the rest on "Show more results"', async () => {
    const { page, close } = await searchFor('therapy');
    const total = Number(
      (await page.locator('search-page [data-search-status]').innerText()).match(/^(\d+) results/)?.[1],
    );
    expect(total).toBeGreaterThan(2 * RESULTS_PAGE_SIZE);
    const items = page.locator(results);
    await expect.poll(() => items.count()).toBe(RESULTS_PAGE_SIZE);
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.click();
    await expect.poll(() => items.count()).toBe(2 * RESULTS_PAGE_SIZE);
    // Keyboard and screen reader users carry on from the first new result.
    expect(
      await items
        .nth(RESULTS_PAGE_SIZE)
        .locator('a')
        .first()
        .evaluate((a) => a === document.activeElement),
    ).toBe(true);
    for (let shown = 2 * RESULTS_PAGE_SIZE; shown < total; shown += RESULTS_PAGE_SIZE) {
      await more.click();
      await expect.poll(() => items.count()).toBe(Math.min(total, shown + RESULTS_PAGE_SIZE));
    }
    expect(await more.isHidden()).toBe(true);
    const pages = await items.locator('> a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(new Set(pages).size).toBe(total);
    await close();
  });

  it("names each result's section", async () => {
    const { page, close } = await searchFor('dose');
    const first = page.locator(results).first();
    expect(await first.locator('> a').getAttribute('href')).toBe(`${base}change-over-time/dose-effect/`);
    const section = builtPage(dist, '/change-over-time/dose-effect/')
      .root.querySelector('[data-pagefind-body]')
      ?.getAttribute('data-pagefind-filter')
      ?.replace(/^section:/, '');
    expect(section).toBeTruthy();
    expect(await first.locator('.search-section').innerText()).toBe(section);
    await close();
  });

  it('links a query that matches a heading to that heading', async () => {
    const article = '/what-heals/empathy/';
    const heading = builtPage(dist, article).root.querySelector('.prose h2#how-it-works-the-parts-of-empathy');
    if (!heading) throw new Error(`${article} has no heading "How it works: the parts of empathy"`);
    const { page, close } = await searchFor('parts of empathy');
    const result = page.locator(results).filter({ has: page.locator(`> a[href="${base}${article.slice(1)}"]`) });
    const link = result.locator('.search-sub a').filter({ hasText: heading.text.trim() });
    expect(await link.getAttribute('href')).toBe(`${base}${article.slice(1)}#${heading.id}`);
    await link.click();
    await page.waitForURL((url) => url.hash === `#${heading.id}`);
    await expect
      .poll(() => page.locator(`#${heading.id}`).evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan((page.viewportSize()?.height ?? 720) / 2);
    await close();
  });

  it('keeps the ticked filters in the address, so going back returns to the same results', async () => {
    const { page, close } = await searchFor('therapy');
    const box = page.locator('input[name="section"]').first();
    const value = (await box.getAttribute('value')) ?? '';
    expect(value).not.toBe('');
    await box.check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('section')).toEqual([value]);
    await page.locator(results).first().locator('> a').click();
    await page.waitForURL((url) => !url.pathname.endsWith('/search/'));
    await page.goBack();
    await page.locator('search-page [data-search-status]').filter({ hasText: 'therapy' }).waitFor();
    expect(
      await page
        .locator('input[name="section"]:checked')
        .evaluateAll((b) => b.map((x) => (x as HTMLInputElement).value)),
    ).toEqual([value]);
    const sections = await page.locator(`${results} .search-section`).allInnerTexts();
    expect(sections.length).toBeGreaterThan(0);
    expect(new Set(sections)).toEqual(new Set([value]));
    await close();
  });

  describe('what a query downloads, and when its first result shows', () => {
    // Each request for a result fragment (one article's text), by the fragment's name; a fragment not in
    // `released` waits until `release()` is called, so a test can hold back all but chosen results.
    // And each request for a shard of the glossary index, by its number.
    const fragments: string[] = [];
    const glossaryShards: number[] = [];
    let released: ((name: string) => boolean) | undefined;
    let release = () => {};
    let held = Promise.resolve();
    const gated = useSite(dist, base, {
      onRequest: async (pathname) => {
        const shard = pathname.match(/\/glossary\/search-(\d+)\.json$/)?.[1];
        if (shard) glossaryShards.push(Number(shard));
        const name = pathname.match(/\/pagefind\/fragment\/([^/]+)\.pf_fragment$/)?.[1];
        if (!name) return;
        fragments.push(name);
        if (released && !released(name)) await held;
      },
    });

    /**
     * Runs `code` in the page with `pagefind` bound to the site's Pagefind module (the one the search UI uses).
     * A string, not a function: the test runner would rewrite a function's import() for Node.
     */
    const withPagefind = <T>(page: Page, code: string): Promise<T> =>
      page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
        ${code}
      })()`);

    /** The search page with search ready, and Pagefind's own ranking of `query`: its results' fragment names. */
    async function openWithRanking(query: string, options: { fakeClock?: boolean } = {}) {
      const opened = await gated.open('/search/', { waitFor: 'search-page', ...options });
      await opened.page.locator('search-page [data-search-filters] fieldset').first().waitFor();
      const ranking = await withPagefind<string[]>(
        opened.page,
        `return (await pagefind.search(${JSON.stringify(query)})).results.map((r) => r.id);`,
      );
      fragments.length = 0;
      glossaryShards.length = 0;
      return { ...opened, ranking };
    }

    it('typed key by key, fetches the five results shown and the glossary shard for the finished word only', async () => {
      // The fake clock holds the typing debounce still, so every key lands within it, however busy the machine.
      const { page, close, ranking } = await openWithRanking('therapy', { fakeClock: true });
      const input = page.locator('search-page input[type="search"]');
      await input.pressSequentially('therapy');
      expect(fragments).toEqual([]);
      expect(glossaryShards).toEqual([]);
      await page.clock.runFor(1_000);
      await expect.poll(() => page.locator(results).count()).toBe(RESULTS_PAGE_SIZE);
      expect(fragments.toSorted()).toEqual(ranking.slice(0, RESULTS_PAGE_SIZE).toSorted());
      expect(glossaryShards).toEqual([glossaryShard(normalizeTerm('therapy'))]);
      await close();
    });

    it('shows the first result, and says how many there are, without waiting for the other four', async () => {
      const { page, close, ranking } = await openWithRanking('therapy');
      held = new Promise((resolve) => (release = resolve));
      released = (name) => name === ranking[0];
      try {
        await page.locator('search-page input[type="search"]').fill('therapy');
        await page.locator('search-page [data-search-status]').filter({ hasText: 'therapy' }).waitFor();
        expect(await page.locator(results).count()).toBe(1);
      } finally {
        release();
        released = undefined;
      }
      await expect.poll(() => page.locator(results).count()).toBe(RESULTS_PAGE_SIZE);
      // The one that showed first is the first-ranked result.
      expect(await page.locator(results).first().locator('> a').getAttribute('href')).toBe(
        await withPagefind<string>(
          page,
          `return (await (await pagefind.search('therapy')).results.find((r) => r.id === ${JSON.stringify(ranking[0])}).data()).url;`,
        ),
      );
      await close();
    });
  });

  describe('a query that is exactly a glossary term shows its definition above the results', () => {
    const mentalization = glossaryEntry('mentalization');
    const dbt = glossaryEntry('dialectical-behaviour-therapy');
    it.each([
      ['the term', mentalization.term, 'mentalization', mentalization],
      ['the term in lower case', mentalization.term.toLowerCase(), 'mentalization', mentalization],
      ['an alias', dbt.aliases[0], 'dialectical-behaviour-therapy', dbt],
    ])('%s: "%s"', async (_kind, query, id, entry) => {
      const { page, close } = await searchFor(query);
      const card = page.locator('search-page [data-search-definition]');
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(await card.innerText()).toContain(entry.short);
      const link = card.getByRole('link', { name: `${entry.term} in the glossary` });
      expect(await link.getAttribute('href')).toBe(`${base}glossary/#${id}`);
      await link.click();
      await page.waitForURL((url) => url.pathname === `${base}glossary/` && url.hash === `#${id}`);
      await close();
    });

    it('shows no definition for a query that is not a term', async () => {
      const { page, close } = await searchFor('how many sessions');
      expect(await page.locator(results).count()).toBeGreaterThan(0);
      expect(await page.locator('search-page [data-search-definition]').isHidden()).toBe(true);
      await close();
    });
  });
});
