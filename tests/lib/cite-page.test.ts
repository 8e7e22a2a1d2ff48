/**
 * "Cite this page" formats the APA entry from a pattern that citation-js formats once per locale, site, date
 * and the punctuation at the ends of the title, with the page's title and URL put in (src/lib/cite-page.ts).
 * Here the pattern's entry is compared with citation-js formatting the page itself: for every article title
 * in every language, and for titles and URLs made to be hard. A title or URL the fast path cannot give
 * exactly must be declined (undefined), so that the page is formatted by citation-js directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { strings } from '../../src/i18n';
import { DEFAULT_LANG, LANGUAGES } from '../../src/i18n/languages.mjs';
import { apaFromPattern, citePage, formatApaDirect, type CitablePage } from '../../src/lib/cite-page';
import { SITE_ORIGIN } from '../../src/site-config.mjs';
import { ROOT } from '../helpers/paths';

/** A page of a language as the article layout describes it to citePage. */
function pageIn(code: (typeof LANGUAGES)[number]['code'], id: string, title: string, lastReviewed: Date) {
  const language = LANGUAGES.find((l) => l.code === code);
  const prefix = code === DEFAULT_LANG ? '' : `${code}/`;
  return {
    id: `${prefix}${id}`,
    title,
    lastReviewed,
    url: new URL(`/${prefix}${id}/`, SITE_ORIGIN).href,
    siteTitle: strings(code).site.title,
    locale: language?.citationLocale ?? '',
  } satisfies CitablePage;
}

/** Every article of every language, with its frontmatter title and lastReviewed. */
const articles = LANGUAGES.flatMap(({ code }) => {
  const folder = path.join(ROOT, 'content', code === DEFAULT_LANG ? '' : code, 'articles');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(path.join(folder, file), 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { title: string; lastReviewed: string };
      return pageIn(code, file.replace(/\.mdx$/, ''), data.title, new Date(data.lastReviewed));
    });
});

describe('citePage: APA entry', () => {
  it('reads the articles of every language', () => {
    for (const { citationLocale } of LANGUAGES) {
      expect(articles.filter((page) => page.locale === citationLocale).length).toBeGreaterThan(0);
    }
  });

  it.each(articles.map((page) => [page.url, page.title, page] as const))(
    '%s "%s": the same as citation-js formatting the page',
    (_url, _title, page) => {
      expect(citePage(page).apaHtml).toBe(formatApaDirect(page));
    },
  );

  // Otherwise the build pays citeproc's ~3 ms a page again.
  it('takes the fast path for nine in ten article titles or more', () => {
    const declined = articles.filter((page) => apaFromPattern(page) === undefined);
    expect(declined.length, declined.map((page) => page.title).join('\n')).toBeLessThanOrEqual(articles.length / 10);
  });
});

// Titles that end (or start) in the punctuation APA merges with its own, and every character the fast path
// lets through, in the places it may sit.
const FAST_TITLES = [
  'Empathy',
  'Is therapy for me?',
  'Stop!',
  'It works, in part.',
  'Dr. Smith',
  'Wait…',
  'Questions:',
  'Pros; cons;',
  'One, two,',
  'Why?!',
  'Really?..',
  'Acceptance and commitment therapy (ACT)',
  'Therapy [in brief]',
  '(Almost) everything',
  '...and after',
  'Here – there — everywhere',
  'Before/after',
  'Person-centred',
  'A-',
  'Cost & access',
  'AT&T, R&D & more&',
  'How much? The dose effect',
  'Note: a subtitle',
  '¿Cómo funciona la psicoterapia?',
  '¡Empiece ya!',
  'Sesión 1: la alianza terapéutica',
  'Ñandú, pingüino, ÀÉÎÕÜ ÿ Ÿ œ Œ ł',
  "Who's who",
  'The therapist’s stance',
  "rock'n'roll and rock’n’roll",
  "l'été d'Ana",
  "1990's",
  '1990s',
  '42',
];
// Quotes (citeproc writes the locale's quote marks and moves punctuation), markup, superscript letters, runs
// of spaces, leading or trailing spaces, other symbols: the fast path leaves these to citeproc.
const DECLINED_TITLES = [
  'He said "hello"',
  'Ends with "a quote."',
  "'Quoted'",
  'It’s “curly”',
  '«Comillas»',
  "Ends with an apostrophe'",
  "'90s",
  "A 'quoted' word",
  "Clients' rights",
  "It 's",
  'Title with <i>markup</i>',
  'a < b > c',
  '1.ª sesión y 2.º paso',
  'E = mc²',
  'Two  spaces',
  ' Leading space',
  'Trailing space ',
  'Why ?',
  'Tab\tin',
  'No\u00a0break',
  'Price $5',
  '#1 tip',
  'Tilde~',
  '?!',
  '',
];
const FAST_URLS = [
  `${SITE_ORIGIN}/what-heals/empathy/`,
  `${SITE_ORIGIN}/es/empezar-terapia/tu-primera-sesi%C3%B3n/`,
  'https://example.org/search/?q=a%20b&lang=es&x=1;y=2',
  'https://example.org/a_(b)/c.',
  'https://example.org/page#section-2',
  'https://example.org/~user/$1/*+,=@!',
];
const DECLINED_URLS = [
  "https://example.org/it's",
  'https://example.org/a b',
  'https://example.org/"q"',
  'ftp://x.org/',
];
const DATES = [new Date('2026-12-04'), new Date('2025-01-09')];

/** Each pair of title and URL in every language and on both dates. */
const cases = (pairs: (readonly [string, string])[]) =>
  LANGUAGES.flatMap(({ code }) =>
    DATES.flatMap((date) =>
      pairs.map(
        ([title, url]) =>
          [code, date.getUTCFullYear(), title, url, { ...pageIn(code, 'a/b', title, date), url }] as const,
      ),
    ),
  );
const SIMPLE_TITLE = 'Is it working?';

describe('citePage: APA entry, hard cases', () => {
  // Each title with the URLs in turn, so that each pattern is filled with many titles and URLs.
  it.each(
    cases([
      ...FAST_TITLES.map((title, i) => [title, FAST_URLS[i % FAST_URLS.length]] as const),
      ...FAST_URLS.map((url) => [SIMPLE_TITLE, url] as const),
    ]),
  )('%s %s %j %s: the fast path gives citation-js’s entry', (...[, , , , page]) => {
    expect(apaFromPattern(page)).toBe(formatApaDirect(page));
  });

  // Each declined title with a URL the fast path takes, and each declined URL with such a title.
  it.each(
    cases([
      ...DECLINED_TITLES.map((title) => [title, FAST_URLS[0]] as const),
      ...DECLINED_URLS.map((url) => [SIMPLE_TITLE, url] as const),
    ]),
  )('%s %s %j %s: left to citation-js', (...[, , , , page]) => {
    expect(apaFromPattern(page)).toBeUndefined();
    expect(citePage(page).apaHtml).toBe(formatApaDirect(page));
  });
});

describe('citePage: APA entry, one pattern per site and locale', () => {
  // The same site title in every locale, and two site titles in one: each entry names its own.
  it.each(LANGUAGES.flatMap(({ code }) => ['Site one', 'Site two'].map((siteTitle) => [code, siteTitle] as const)))(
    '%s %s',
    (code, siteTitle) => {
      const page = { ...pageIn(code, 'a/b', 'Empathy', DATES[0]), siteTitle };
      expect(apaFromPattern(page)).toBe(formatApaDirect(page));
    },
  );
});
