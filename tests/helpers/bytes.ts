/**
 * What a page costs on first view, in brotli-compressed bytes: its HTML, its stylesheets, and the
 * scripts that run at load (module scripts and everything they import statically). Dynamic imports
 * (search UI, Pagefind) load only on demand and are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { BuiltPage } from './dist';
import { must } from '../../src/lib/required.ts';

export const brotli = (data: string | Buffer) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Maps a URL in the page to a file in dist (the base path is stripped). */
function fileFor(dist: string, base: string, url: string): string {
  const pathname = new URL(url, 'http://site/').pathname;
  const rel = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1);
  return path.join(dist, rel);
}

/** A module and every module it imports statically, transitively. */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports only: `import{x}from"./a.js"`, `import"./b.js"`, `export{y}from"./c.js"`; not import().
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g)) {
    if (m[1].startsWith('.')) moduleGraph(path.resolve(path.dirname(file), m[1]), seen);
  }
  return seen;
}

export interface PageCost {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Script files (relative to dist) loaded at startup. */
  scripts: string[];
}

export function pageCost(page: BuiltPage, dist: string, base: string): PageCost {
  const html = brotli(page.html);
  const css = page.root
    .querySelectorAll('link[rel="stylesheet"]')
    .reduce((sum, link) => sum + brotli(readFileSync(fileFor(dist, base, must(link.getAttribute('href'))))), 0);
  const files = new Set<string>();
  for (const script of page.root.querySelectorAll('script[src]'))
    moduleGraph(fileFor(dist, base, must(script.getAttribute('src'))), files);
  // Inline module scripts are counted with the HTML; follow what they import.
  for (const script of page.root.querySelectorAll('script[type="module"]:not([src])')) {
    for (const m of script.text.matchAll(/import\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g))
      moduleGraph(fileFor(dist, base, m[1]), files);
  }
  const js = [...files].reduce((sum, file) => sum + brotli(readFileSync(file)), 0);
  const inlineJs = page.root.querySelectorAll('script:not([src])').reduce((sum, s) => sum + brotli(s.text), 0);
  return {
    html,
    css,
    js: js + inlineJs,
    total: html + css + js,
    scripts: [...files].map((f) => path.relative(dist, f)),
  };
}

/**
 * The brotli size of what a reader can read on a page: the text of its <body> without closed dialogs,
 * pop-ups, hidden parts, scripts, styles and icons. A first view is measured against it.
 */
export function visibleTextBytes(page: Pick<BuiltPage, 'root'>): number {
  const body = page.root.querySelector('body');
  if (!body) return 0;
  const copy = parse(body.outerHTML);
  copy
    .querySelectorAll('dialog:not([open]), [popover], [hidden], script, style, template, svg, noscript')
    .forEach((el) => el.remove());
  return brotli(copy.textContent.replace(/\s+/g, ' ').trim());
}
