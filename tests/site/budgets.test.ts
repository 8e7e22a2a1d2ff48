/**
 * Byte budgets (brotli, deterministic) for the built site: a table for every page, and failures over
 * budget. A "plain article" is an article page whose only interactive part is the self-check quiz.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brotli, pageCost, visibleTextBytes, type PageCost } from '../helpers/bytes';
import { builtPages, isPlainArticle, widgetsOn, type BuiltPage } from '../helpers/dist';
import { neutralPathOf, pageLangOf } from '../helpers/languages';
import { DEFAULT_LANG } from '../../src/i18n/languages.mjs';
import { DIST } from '../helpers/paths';
import { must } from '../../src/lib/required';

const BUDGET = {
  /** HTML + CSS + JS at first view of a plain article in English. */
  plainArticleTotal: 19 * 1024,
  /**
   * A translated plain article's frame (its first view without the article itself) may cost at most this
   * much more than its English original's: the frame costs the same in every language, give or take its
   * words, while the article (Spanish runs longer than English) is held by the 4x rule below.
   */
  translatedFrameExtra: 256,
  /** ...and at most this many times the brotli size of the text a reader reads on it. */
  plainArticleOverText: 4,
  plainArticleJs: 1.5 * 1024,
  /** Every stylesheet the site has, each compressed on its own as a host would serve it. */
  siteCss: 7.5 * 1024,
  /** Extra JavaScript each explainer widget adds to a page. */
  perWidgetJs: 6 * 1024,
};

const pages = builtPages(DIST);
const costs = pages.map((page) => ({ page, cost: pageCost(page, DIST, '/') }));
const plainArticles = costs.filter(({ page }) => isPlainArticle(page));
const englishPlainArticles = plainArticles.filter(({ page }) => pageLangOf(page.url) === DEFAULT_LANG);
const translatedPlainArticles = plainArticles
  .filter(({ page }) => pageLangOf(page.url) !== DEFAULT_LANG)
  .map((translated) => ({
    ...translated,
    original: must(costs.find(({ page }) => page.url === neutralPathOf(translated.page.url))),
  }));

/** A page's first view without its <article>: the site's frame, its stylesheets and scripts. */
const frameCost = (page: BuiltPage, cost: PageCost) =>
  cost.total - cost.html + brotli(page.html.replace(/<article\b[^]*<\/article>/, ''));

describe('byte budgets (brotli)', () => {
  it('prints the table of every page', () => {
    const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
    const rows = costs.map(
      ({ page, cost }) =>
        `${kb(cost.html)} ${kb(cost.css)} ${kb(cost.js)} ${kb(cost.total)}  ${page.url}${widgetsOn(page.html).length ? `  [${widgetsOn(page.html).join(', ')}]` : ''}`,
    );
    console.log(['  HTML    CSS     JS  TOTAL (KB)  page', ...rows].join('\n'));
    expect(rows.length).toBe(pages.length);
  });

  it('has plain articles to measure', () => {
    expect(plainArticles.length).toBeGreaterThan(5);
  });

  it.each(englishPlainArticles.map(({ page, cost }) => [page.url, cost] as const))(
    '%s: plain article within 19 KB first view and 1.5 KB JS',
    (_url, cost) => {
      expect(cost.total).toBeLessThanOrEqual(BUDGET.plainArticleTotal);
      expect(cost.js).toBeLessThanOrEqual(BUDGET.plainArticleJs);
    },
  );

  it.each(translatedPlainArticles.map((t) => [t.page.url, t] as const))(
    '%s: its frame costs no more than its English original’s, and JS within 1.5 KB',
    (_url, { page, cost, original }) => {
      const frame = frameCost(page, cost);
      const originalFrame = frameCost(original.page, original.cost);
      expect(frame).toBeLessThanOrEqual(originalFrame + BUDGET.translatedFrameExtra);
      expect(cost.js).toBeLessThanOrEqual(BUDGET.plainArticleJs);
    },
  );

  it.each(plainArticles.map(({ page, cost }) => [page.url, page, cost] as const))(
    '%s: first view at most 4x the brotli size of its own visible text',
    (_url, page, cost) => {
      const text = visibleTextBytes(page);
      expect(text).toBeGreaterThan(1024);
      expect(cost.total / text).toBeLessThanOrEqual(BUDGET.plainArticleOverText);
    },
  );

  it("keeps the whole site's CSS within 7.5 KB (so any one page's is too)", () => {
    const dir = path.join(DIST, '_astro');
    const files = readdirSync(dir).filter((f) => f.endsWith('.css'));
    const total = files.reduce((sum, f) => sum + brotli(readFileSync(path.join(dir, f))), 0);
    const heaviest = costs.reduce((max, c) => (c.cost.css > max.cost.css ? c : max));
    console.log(
      `CSS: ${(total / 1024).toFixed(1)} KB brotli in ${files.length} files site-wide; heaviest page ${heaviest.page.url} loads ${(heaviest.cost.css / 1024).toFixed(1)} KB`,
    );
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(BUDGET.siteCss);
  });

  const baseline = Math.max(...plainArticles.map(({ cost }) => cost.js));
  // The Study page is the one page allowed the spaced-repetition scheduler on top of its widget budget.
  const isStudyPage = (html: string) => widgetsOn(html).includes('study-session');
  it.each(
    costs
      .filter(({ page }) => widgetsOn(page.html).length > 0 && !isStudyPage(page.html))
      .map(({ page, cost }) => [page.url, page, cost] as const),
  )('%s: each widget adds at most 6 KB of JavaScript', (_url, page, cost) => {
    expect(cost.js - baseline).toBeLessThanOrEqual(BUDGET.perWidgetJs * widgetsOn(page.html).length);
  });

  describe('the Study page and its scheduler (ts-fsrs, in a chunk of its own)', () => {
    const schedulers = readdirSync(path.join(DIST, '_astro')).filter((f) => /^scheduler\.[\w-]+\.js$/.test(f));
    const loadsScheduler = (scripts: string[]) => scripts.some((s) => schedulers.some((f) => s.endsWith(f)));
    const study = costs.find(({ page }) => page.url === '/study/');

    it('has one scheduler chunk, loaded by the Study page', () => {
      expect(schedulers).toHaveLength(1);
      expect(study && isStudyPage(study.page.html)).toBe(true);
      expect(loadsScheduler(study?.cost.scripts ?? [])).toBe(true);
    });

    it('adds at most 6 KB of JavaScript besides the scheduler', () => {
      const scheduler = brotli(readFileSync(path.join(DIST, '_astro', schedulers[0])));
      const own = (study?.cost.js ?? Infinity) - baseline - scheduler;
      console.log(
        `Study page: ${(own / 1024).toFixed(1)} KB of its own JavaScript + ${(scheduler / 1024).toFixed(1)} KB scheduler (brotli)`,
      );
      expect(own).toBeLessThanOrEqual(BUDGET.perWidgetJs);
    });

    it('loads the scheduler on no other page, so "cite this page" and the articles cost no study JavaScript', () => {
      const others = costs.filter(({ page, cost }) => page.url !== '/study/' && loadsScheduler(cost.scripts));
      expect(others.map(({ page }) => page.url)).toEqual([]);
    });
  });

  // Astro ships HTML comments written in a template: notes for maintainers go in {/* */} comments instead.
  it('ships no HTML comments', () => {
    expect(pages.filter((p) => p.html.includes('<!--')).map((p) => p.url)).toEqual([]);
  });

  // The site has no <img> yet (its figures are inline SVG); these hold any future one to astro:assets.
  it('has no image without width and height', () => {
    const bad = pages.flatMap((p) =>
      p.root
        .querySelectorAll('img')
        .filter((img) => !img.getAttribute('width') || !img.getAttribute('height'))
        .map(() => p.url),
    );
    expect(bad).toEqual([]);
  });

  it('serves every image through astro:assets, rasters in a modern format (WebP or AVIF)', () => {
    const sources = pages.flatMap((p) =>
      p.root.querySelectorAll('img').map((img) => `${p.url}: ${img.getAttribute('src')}`),
    );
    expect(sources.filter((s) => !/\/_astro\/[^/]+\.(webp|avif|svg)$/.test(s))).toEqual([]);
  });

  it("ships only the header's scripts on pages without interactive content", () => {
    // The header (search launcher, theme toggle, quick exit) is on every page; the 404 page has nothing else.
    const scriptsOf = (url: string) => must(costs.find(({ page }) => page.url === url)).cost.scripts.sort();
    const header = scriptsOf('/404.html');
    expect(header.some((s) => s.includes('Header'))).toBe(true);
    for (const url of ['/glossary/', '/about/', '/privacy/', '/help-now/', '/references/'])
      expect(scriptsOf(url), url).toEqual(header);
  });
});
