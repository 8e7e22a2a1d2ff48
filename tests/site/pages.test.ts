/** Every built page: one h1, the head tags a reader and a search engine need, nothing from elsewhere. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { pageLangOf } from '../helpers/languages';
import { DIST } from '../helpers/paths';
import { ARTICLE_PAGES } from '../../src/integrations/pagefind.mjs';

const pages = builtPages(DIST);

describe('the built site', () => {
  it('has the pages a reader expects', () => {
    const urls = pages.map((p) => p.url);
    for (const url of [
      '/',
      '/search/',
      '/glossary/',
      '/references/',
      '/about/',
      '/privacy/',
      '/accessibility/',
      '/help-now/',
      '/404.html',
      '/key-studies/',
      '/study-guide/',
    ]) {
      expect(urls).toContain(url);
    }
  });

  describe.each(pages.map((p) => [p.url, p] as const))('%s', (_url, page) => {
    it('has lang, a title, a description, a canonical URL and Open Graph tags', () => {
      expect(page.root.querySelector('html')?.getAttribute('lang')).toBe(pageLangOf(page.url));
      expect(page.root.querySelector('title')?.text.trim().length).toBeGreaterThan(3);
      expect(page.root.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
      expect(page.root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https:\/\//);
      expect(page.root.querySelector('meta[property="og:title"]')).not.toBeNull();
    });

    it('has exactly one h1', () => {
      expect(page.root.querySelectorAll('h1')).toHaveLength(1);
    });

    it('loads no script, stylesheet, font, image or frame from another origin', () => {
      const external = page.root
        .querySelectorAll('script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src]')
        // Canonical and hreflang links name this site's own public address; nothing is loaded from them.
        .filter((el) => !['canonical', 'alternate'].includes(el.getAttribute('rel') ?? ''))
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url));
      expect(external).toEqual([]);
      // Inline styles could still pull fonts or images from elsewhere.
      expect(page.html).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    });
  });

  it('has every page with a body to index where Pagefind reads pages (the article folders)', () => {
    const indexed = pages.filter((p) => p.root.querySelector('[data-pagefind-body]'));
    expect(indexed.length).toBeGreaterThan(50);
    const elsewhere = indexed.filter((p) => !path.matchesGlob(`${p.url.slice(1)}index.html`, ARTICLE_PAGES));
    expect(elsewhere.map((p) => p.url)).toEqual([]);
    expect(path.matchesGlob('study/index.html', ARTICLE_PAGES)).toBe(false);
  });

  it('lists every page except the 404 page in the sitemap', () => {
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
    const missing = pages.filter((p) => p.url !== '/404.html' && !listed.has(p.url)).map((p) => p.url);
    expect(missing).toEqual([]);
  });

  it('publishes robots.txt pointing at the sitemap, and a web manifest', () => {
    expect(readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https:\/\/.+\/sitemap-index\.xml/);
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.name).toBe('How Therapy Works');
  });
});
