/** Reading the built site: every HTML page, parsed once. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Lang } from '../../src/i18n/languages.mjs';
import { pageLangOf } from './languages';

export interface BuiltPage {
  /** URL path without the base, e.g. "/what-heals/empathy/" or "/404.html". */
  url: string;
  file: string;
  html: string;
  root: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

const cache = new Map<string, BuiltPage[]>();

/** Every HTML file in a build, the redirect stubs included, parsed once. */
function allHtml(dist: string): BuiltPage[] {
  let files = cache.get(dist);
  if (!files) {
    files = walk(dist)
      .sort()
      .map((file) => {
        const rel = path.relative(dist, file).split(path.sep).join('/');
        const url =
          rel === 'index.html'
            ? '/'
            : rel.endsWith('/index.html')
              ? `/${rel.slice(0, -'index.html'.length)}`
              : `/${rel}`;
        const html = readFileSync(file, 'utf8');
        return { url, file, html, root: parse(html) };
      });
    cache.set(dist, files);
  }
  return files;
}

const isRedirectStub = (page: BuiltPage) => /<meta http-equiv="refresh"/.test(page.html);

/** The site's pages. Astro's redirect stubs (meta refresh) are not pages: see redirectStubs. */
export const builtPages = (dist: string): BuiltPage[] => allHtml(dist).filter((page) => !isRedirectStub(page));

/** The meta-refresh pages that send renamed articles' old URLs to their new ones. */
export const redirectStubs = (dist: string): BuiltPage[] => allHtml(dist).filter(isRedirectStub);

/** Custom elements that are site chrome or the quiz, not explainer widgets. */
const CHROME = new Set(['site-search', 'theme-toggle', 'quick-exit', 'search-page', 'self-check-quiz']);

/** The explainer widgets (custom elements) on a page. */
export const widgetsOn = (html: string) =>
  [...new Set([...html.matchAll(/<([a-z]+-[a-z-]+)[\s>]/g)].map((m) => m[1]))].filter((n) => !CHROME.has(n));

export const isArticle = (page: BuiltPage) => page.html.includes('data-pagefind-body');

/** An article page whose only interactive part is the self-check quiz. */
export const isPlainArticle = (page: BuiltPage) => isArticle(page) && widgetsOn(page.html).length === 0;

/** The built pages of one language (by URL: /es/... is Spanish), e.g. to test a widget on its English page. */
export const pagesIn = (dist: string, lang: Lang): BuiltPage[] =>
  builtPages(dist).filter((p) => pageLangOf(p.url) === lang);
