/**
 * Byte budgets (brotli, deterministic) for the built site: a table for every page, and failures over
 * budget. A "plain article" is an article page whose only interactive part is the self-check quiz.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brotli, pageCost } from '../helpers/bytes';
import { builtPages, isPlainArticle, widgetsOn } from '../helpers/dist';
import { DIST } from '../helpers/paths';
import { must } from '../../src/lib/required';

const BUDGET = {
  /** HTML + CSS + JS at first view of a plain article. */
  plainArticleTotal: 20 * 1024,
  plainArticleJs: 3 * 1024,
  /** Every stylesheet the site has, each compressed on its own as a host would serve it. */
  siteCss: 8 * 1024,
  /** Extra JavaScript each explainer widget adds to a page. */
  perWidgetJs: 6 * 1024,
};

const pages = builtPages(DIST);
const costs = pages.map((page) => ({ page, cost: pageCost(page, DIST, '/') }));
const plainArticles = costs.filter(({ page }) => isPlainArticle(page));

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

  it.each(plainArticles.map(({ page, cost }) => [page.url, cost] as const))(
    '%s: plain article within 20 KB first view and 3 KB JS',
    (_url, cost) => {
      expect(cost.total).toBeLessThanOrEqual(BUDGET.plainArticleTotal);
      expect(cost.js).toBeLessThanOrEqual(BUDGET.plainArticleJs);
    },
  );

  it("keeps the whole site's CSS within 8 KB (so any one page's is too)", () => {
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
  it.each(
    costs
      .filter(({ page }) => widgetsOn(page.html).length > 0)
      .map(({ page, cost }) => [page.url, page, cost] as const),
  )('%s: each widget adds at most 6 KB of JavaScript', (_url, page, cost) => {
    expect(cost.js - baseline).toBeLessThanOrEqual(BUDGET.perWidgetJs * widgetsOn(page.html).length);
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
    expect(header.some((s) => s.includes('SiteSearch'))).toBe(true);
    for (const url of ['/glossary/', '/about/', '/privacy/', '/help-now/', '/references/'])
      expect(scriptsOf(url), url).toEqual(header);
  });
});
