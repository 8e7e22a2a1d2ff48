/**
 * What the built offline copy holds (dist/sw.js's precache manifest): every page and what the pages need
 * offline, but not the files made for other programs (NOT_IN_COPY in src/integrations/offline.mjs), which a
 * reader saving the site to read it has not asked for. The browser test (tests/browser/offline.test.ts)
 * proves the saved copy works.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths';
import { OFFLINE_PAGE } from '../../src/integrations/offline.mjs';

const manifest = [
  ...readFileSync(path.join(DIST, 'sw.js'), 'utf8').matchAll(/\{"bytes":(\d+),[^{}]*"url":"([^"]+)"\}/g),
].map(([, bytes, url]) => ({ url, bytes: Number(bytes) }));
const urls = new Set(manifest.map((entry) => entry.url));
const built = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(DIST, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));

describe('the offline copy', () => {
  it('holds every page, the search index and the study cards', () => {
    const pages = built.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((page) => !urls.has(page))).toEqual([]);
    expect(urls).toContain('study/cards.json');
    expect([...urls].some((url) => url.startsWith('pagefind/'))).toBe(true);
  });

  it('leaves out the study decks and bibliography files made for other programs', () => {
    const exports = built.filter((file) => /^study\/(anki|csv)\/|^references\.(bib|ris)$/.test(file));
    // The decks exist for every section and the bibliography in two formats: the rule has something to leave out.
    expect(exports.length).toBeGreaterThan(10);
    expect(exports.filter((file) => urls.has(file))).toEqual([]);
  });

  it('states on the Read offline page the size the manifest adds up to', () => {
    const html = readFileSync(path.join(DIST, OFFLINE_PAGE), 'utf8');
    const stated = Number(html.match(/data-offline-bytes="(\d+)"/)?.[1]);
    expect(stated).toBe(manifest.reduce((sum, entry) => sum + entry.bytes, 0));
    expect(html).toContain('leaves out the files made for other programs');
  });
});
