/**
 * The Spanish site (and any later language): every translated page in its language, linked both ways to
 * its English page (hreflang and the language switcher), listed in the sitemap with its alternates, and
 * free of the frame's English words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGUAGE_CODES } from '../../src/i18n/languages.mjs';
import { en } from '../../src/i18n/strings/en';
import { es } from '../../src/i18n/strings/es';
import { SEARCH_FORM_STRINGS } from '../../src/i18n/strings/search-form';
import { builtPages } from '../helpers/dist';
import { neutralPathOf, pageLangOf } from '../helpers/languages';
import { DIST } from '../helpers/paths';

const pages = builtPages(DIST).filter((p) => p.url !== '/404.html');
const byUrl = new Map(pages.map((p) => [p.url, p]));
const spanish = pages.filter((p) => pageLangOf(p.url) === 'es');
const pathOf = (href: string) => new URL(href, 'https://site.example').pathname;

/** Every string leaf of a strings object, with its key path. */
function leaves(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, key ? `${key}.${k}` : k));
  return [];
}

/** A string's longest literal part: "{count} results for “{query}”" -> "results for “". */
const literal = (text: string) =>
  text
    .split(/\{\w+\}/)
    .sort((a, b) => b.length - a.length)[0]
    .trim();

/**
 * The frame's English words that must not show on a Spanish page: every English string (its longest literal
 * part, where it has `{slots}`) that the Spanish strings do not share ("WhatsApp:" is both), as a whole word.
 */
const spanishWords = new Set([...leaves(es), ...leaves(SEARCH_FORM_STRINGS.es)].map(([, text]) => literal(text)));
const englishFrameWords = [...leaves(en), ...leaves(SEARCH_FORM_STRINGS.en)]
  .map(([key, text]) => [key, literal(text)] as const)
  .filter(([, text]) => text.length >= 4 && !spanishWords.has(text))
  .map(
    ([key, text]) =>
      [key, new RegExp(`(?<![\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u')] as const,
  );

/** What a reader sees: the page's text outside scripts, and outside parts marked as another language. */
function visibleText(root: HTMLElement): string {
  const clone = root.querySelector('body')?.clone() as HTMLElement | undefined;
  if (!clone) return '';
  for (const el of clone.querySelectorAll('script, style, template, [lang]:not([lang="es"])')) el.remove();
  // Sources keep their own titles, and the citation formats are code.
  for (const el of clone.querySelectorAll('.references, .cite-page pre')) el.remove();
  // A page's own address ("Cite this page") is not a word of the frame: ".../first-session/" is not "session".
  return clone.textContent.replace(/https?:\/\/\S+/g, ' ').replace(/\s+/g, ' ');
}

describe('the Spanish site', () => {
  it('has the pages the issue asks for', () => {
    const urls = spanish.map((p) => p.url);
    for (const url of [
      '/es/',
      '/es/help-now/',
      '/es/glossary/',
      '/es/search/',
      '/es/starting-therapy/',
      '/es/starting-therapy/is-therapy-for-me/',
      '/es/foundations/how-does-psychotherapy-work/',
      '/es/what-heals/therapeutic-alliance/',
      '/es/what-heals/common-factors/',
      '/es/change-over-time/dose-effect/',
    ])
      expect(urls).toContain(url);
    const englishStarting = pages.filter((p) => /^\/starting-therapy\/[^/]+\/$/.test(p.url)).map((p) => p.url);
    expect(englishStarting.length).toBeGreaterThan(10);
    expect(englishStarting.filter((url) => !byUrl.has(`/es${url}`))).toEqual([]);
  });

  describe.each(pages.map((p) => [p.url, p] as const))('%s', (url, page) => {
    const lang = pageLangOf(url);
    const alternates = page.root
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((link) => [link.getAttribute('hreflang') ?? '', pathOf(link.getAttribute('href') ?? '')] as const);

    it('names its other-language versions, each a built page that names this one back', () => {
      const translated = LANGUAGE_CODES.filter((code) =>
        byUrl.has(code === DEFAULT_LANG ? neutralPathOf(url) : `/${code}${neutralPathOf(url)}`),
      );
      // A page in one language only names no alternates; otherwise it names every language it exists in.
      const expected = translated.length < 2 ? [] : [...translated].sort();
      expect(alternates.map(([code]) => code).sort()).toEqual(expected);
      for (const [, target] of alternates) {
        const other = byUrl.get(target);
        expect(other, `${target} is built`).toBeDefined();
        const back = other?.root
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => pathOf(l.getAttribute('href') ?? ''));
        expect(back).toContain(url);
      }
    });

    it('offers the other language in its language switcher, to the same page where it exists', () => {
      for (const code of LANGUAGE_CODES.filter((c) => c !== lang)) {
        const link = page.root.querySelector(`header li[lang="${code}"] a[hreflang="${code}"]`);
        expect(link, `a link to ${code}`).not.toBeNull();
        const target = pathOf(link?.getAttribute('href') ?? '');
        const version = code === DEFAULT_LANG ? neutralPathOf(url) : `/${code}${neutralPathOf(url)}`;
        if (byUrl.has(version)) expect(target).toBe(version);
        else {
          expect(target).toBe(code === DEFAULT_LANG ? '/' : `/${code}/`);
          expect(link?.text).toContain(code === 'es' ? es.language.homeOnly : en.language.homeOnly);
        }
      }
    });
  });

  describe.each(spanish.map((p) => [p.url, p] as const))('%s', (_url, page) => {
    it('shows none of the frame’s English words', () => {
      const text = visibleText(page.root);
      expect(
        englishFrameWords.filter(([, words]) => words.test(text)).map(([key, words]) => `${key}: ${words.source}`),
      ).toEqual([]);
    });
  });

  it('lists the Spanish pages in the sitemap, each with its English alternate', () => {
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const page of spanish) {
      const entry = sitemap
        .split('<url>')
        .find((u) => u.includes(`<loc>https://`) && new RegExp(`<loc>[^<]*${page.url}</loc>`).test(u));
      expect(entry, page.url).toBeDefined();
      expect(entry).toMatch(/hreflang="en-GB"/);
    }
  });
});
