/**
 * Real queries on the real built index, through the search page a reader uses: each finds the article
 * that explains it, at the top or near it (the rank each content issue asks for). And search indexes an
 * article's own words only: not the glossary definitions in its term pop-ups, nor its citation markers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { useSite, type OpenedPage } from '../helpers/browser';
import { builtPages, isArticle } from '../helpers/dist';
import { BUILDS, ROOT } from '../helpers/paths';

/** [query, the article it must find, the lowest acceptable rank]. */
const EXPECTED: [string, string, number][] = [
  // The curative factors: each name finds its own article first.
  ['empathy', '/what-heals/empathy/', 1],
  ['therapeutic alliance', '/what-heals/therapeutic-alliance/', 1],
  ['goal consensus', '/what-heals/goal-consensus-and-collaboration/', 1],
  ['positive regard', '/what-heals/positive-regard/', 1],
  ['congruence', '/what-heals/congruence/', 1],
  ['mastery', '/what-heals/mastery/', 1],
  ['mentalization', '/what-heals/mentalization/', 1],
  ['affect regulation', '/what-heals/affect-regulation/', 1],
  ['common factors', '/what-heals/common-factors/', 1],
  // Brain and change over time: in the top three.
  ['amygdala', '/brain/brain-regions/', 3],
  ['dose', '/change-over-time/dose-effect/', 3],
  ['how many sessions', '/change-over-time/dose-effect/', 3],
  ['generativity', '/change-over-time/life-stages/', 3],
  // Approaches: in the top three.
  ['catastrophizing', '/approaches/cognitive-distortions/', 3],
  ['EMDR', '/approaches/trauma-focused-therapies/', 3],
  ['transference', '/approaches/psychodynamic-therapy/', 3],
  ['DBT', '/approaches/dbt/', 3],
];

/**
 * The seed document's ideas, each findable by search on a page that explains it (top five).
 * [query, page that explains it].
 */
const SEED_IDEAS: [string, string][] = [
  ['metabolic rate', '/brain/brain-imaging/'],
  ['volume', '/brain/brain-imaging/'],
  ['biological treatment', '/brain/biological-treatment/'],
  ['dose effect', '/change-over-time/dose-effect/'],
  ['unstable mood', '/change-over-time/long-term-and-episodic-therapy/'],
  ['episodic', '/change-over-time/long-term-and-episodic-therapy/'],
  ['compassion', '/what-heals/empathy/'],
  ['affective sharing', '/what-heals/empathy/'],
  ['synchrony', '/what-heals/empathy/'],
  ['attunement', '/what-heals/therapeutic-alliance/'],
  ['affirmation', '/what-heals/positive-regard/'],
  ['genuineness', '/what-heals/congruence/'],
  ['self-efficacy', '/what-heals/mastery/'],
  ['non-judgmental', '/what-heals/therapist-stance/'],
  ['confidentiality', '/starting-therapy/confidentiality-and-rights/'],
  ['self-determination', '/what-heals/therapist-stance/'],
  ['nonmaleficence', '/what-heals/therapist-stance/'],
  ['social justice', '/what-heals/therapist-stance/'],
  ['window of tolerance', '/what-heals/affect-regulation/'],
  ['catastrophic thinking', '/approaches/cognitive-distortions/'],
  ['hyperarousal', '/brain/putting-feelings-into-words/'],
  ['conflicts outside awareness', '/approaches/psychodynamic-therapy/'],
  ['narrative reconstruction', '/change-over-time/past-present-future/'],
  ['prospective planning', '/change-over-time/past-present-future/'],
  ['interdependence', '/change-over-time/life-stages/'],
  ['prosocial', '/change-over-time/life-stages/'],
  ['integrity', '/change-over-time/life-stages/'],
];

/**
 * Queries a Spanish-speaking reader would type on a Spanish page, each finding its Spanish article within the
 * top three. [query, the article it must find].
 */
const SPANISH: [string, string][] = [
  ['primera sesión', '/es/starting-therapy/first-session/'],
  ['alianza terapéutica', '/es/what-heals/therapeutic-alliance/'],
  ['factores comunes', '/es/what-heals/common-factors/'],
  ['cuántas sesiones necesito', '/es/change-over-time/dose-effect/'],
  ['confidencialidad', '/es/starting-therapy/confidentiality-and-rights/'],
  ['cuánto cuesta la terapia', '/es/starting-therapy/cost-and-access/'],
  ['encontrar terapeuta', '/es/starting-therapy/finding-a-therapist/'],
  ['psicólogo o psiquiatra', '/es/starting-therapy/whos-who/'],
  ['efectos secundarios', '/es/starting-therapy/side-effects-and-risks/'],
  ['mitos sobre la terapia', '/es/starting-therapy/myths-and-facts/'],
  ['terminar la terapia', '/es/starting-therapy/stuck-and-ending/'],
  ['señales de alarma', '/es/starting-therapy/boundaries-and-red-flags/'],
  ['cambio fiable', '/es/starting-therapy/is-it-working/'],
  ['preguntas para el terapeuta', '/es/starting-therapy/questions-to-ask/'],
];

const words = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

/**
 * Words that appear on an article only inside the definitions of the glossary terms it links to, one per
 * article, for the first articles that have one. Conservative about stemming: a word is left out when any
 * word of the page's own text starts with the same five letters ("accepting" against "acceptance").
 */
function definitionOnlyWords(dist: string, limit = 8): [string, string][] {
  const cases: [string, string][] = [];
  for (const page of builtPages(dist).filter(isArticle)) {
    const root = parse(page.html); // a copy to cut the definitions out of
    const definitions = root.querySelectorAll('.term > [popover]').map((p) => p.text);
    root.querySelectorAll('.term > [popover]').forEach((p) => p.remove());
    const own = root.text;
    const stems = new Set(words(own).map((w) => w.slice(0, 5)));
    const candidate = [...new Set(definitions.flatMap(words))]
      .filter((w) => w.length >= 7 && !stems.has(w.slice(0, 5)))
      .sort()[0];
    if (candidate) cases.push([candidate, page.url]);
    if (cases.length === limit) break;
  }
  return cases;
}

/** The one-sentence definition of a glossary entry, as written in content/glossary/<id>.md. */
const shortDefinition = (id: string) =>
  readFileSync(path.join(ROOT, 'content/glossary', `${id}.md`), 'utf8').match(/^short: "(.*)"$/m)?.[1] ?? '';

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);
  const definitionOnly = definitionOnlyWords(dist);

  /** Every page the index matches for a query (not only the first page of results the list shows). */
  async function allMatches(query: string): Promise<string[]> {
    const { page, close } = await session.open('/search/', { waitFor: 'search-page' });
    try {
      // A string, not a function: the test runner would rewrite a function's import() for Node.
      const urls: string[] = await page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
        const search = await pagefind.search(${JSON.stringify(query)});
        return Promise.all(search.results.map(async (r) => (await r.data()).url));
      })()`);
      // Compared without the base path, whether or not the search page has already set it as baseUrl.
      return urls.map((url) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url));
    } finally {
      await close();
    }
  }

  // One reader per search page, searching again and again: the first query comes in the URL, the rest
  // are typed into the box (cleared first, so an earlier result can never be read as this one's).
  // Readers by search page: the English one, and the Spanish one (its own index, by <html lang>).
  const readers = new Map<string, OpenedPage>();
  afterAll(() => Promise.all([...readers.values()].map((r) => r.close())));

  async function resultPaths(query: string, searchPage = '/search/'): Promise<string[]> {
    let reader = readers.get(searchPage);
    if (!reader) {
      reader = await session.open(`${searchPage}?q=${encodeURIComponent(query)}`);
      readers.set(searchPage, reader);
    } else {
      const input = reader.page.locator('search-page input[type="search"]');
      await input.fill('');
      await expect.poll(() => input.page().locator('search-page [data-search-status]').innerText()).toBe('');
      await input.fill(query);
    }
    const { page, errors } = reader;
    await page.locator('search-page [data-search-status]').filter({ hasText: query }).waitFor();
    const hrefs = await page
      .locator('search-page [data-search-results] > li > a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(errors).toEqual([]);
    // Compared without the base path, which the sub-path build adds to every link.
    return hrefs.map((href) => `/${href.slice(base.length)}`);
  }

  describe('search finds the right article', () => {
    it.each(EXPECTED)('"%s" finds %s within the top %i', async (query, path, rank) => {
      const paths = await resultPaths(query);
      const position = paths.indexOf(path) + 1;
      expect(position, `results: ${paths.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
      expect(position).toBeLessThanOrEqual(rank);
    });
  });

  describe('search in Spanish finds the Spanish article', () => {
    it.each(SPANISH)('"%s" finds %s within the top three', async (query, path) => {
      const paths = await resultPaths(query, '/es/search/');
      expect(paths.slice(0, 3), `results: ${paths.slice(0, 5).join(', ')}`).toContain(path);
    });

    it('searches the Spanish pages only, and speaks Spanish', async () => {
      const paths = await resultPaths('terapia', '/es/search/');
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.filter((p) => !p.startsWith('/es/'))).toEqual([]);
      const status = await readers.get('/es/search/')?.page.locator('search-page [data-search-status]').innerText();
      expect(status).toMatch(/resultados? para «terapia»/);
    });
  });

  describe('every idea of the seed document is findable', () => {
    it.each(SEED_IDEAS)('"%s" finds %s in the top five', async (query, path) => {
      const paths = await resultPaths(query);
      expect(paths.slice(0, 5), `results: ${paths.slice(0, 5).join(', ')}`).toContain(path);
    });
  });

  describe("search indexes the article's own words only", () => {
    it('has words that appear on an article only in the definitions it links to', () => {
      expect(definitionOnly.length).toBeGreaterThan(2);
    });

    it('lists the pages the index matches, as the cases below compare them', async () => {
      expect(await allMatches('empathy')).toContain('/what-heals/empathy/');
    });

    it.each(definitionOnly)('"%s" (only in a term definition on %s) does not find that page', async (word, url) => {
      expect(await allMatches(word)).not.toContain(url);
    });

    it('keeps glossary definitions and citation markers out of the excerpts', async () => {
      const { page, close } = await session.open('/search/?q=empathy');
      try {
        await page.locator('[data-search-status]').filter({ hasText: 'empathy' }).waitFor();
        const excerpts = await page.locator('[data-search-results] p').allInnerTexts();
        expect(excerpts.length).toBeGreaterThan(0);
        const definition = shortDefinition('empathy');
        expect(definition.length).toBeGreaterThan(30);
        expect(excerpts.filter((e) => e.includes(definition.slice(0, 30)))).toEqual([]);
        expect(excerpts.filter((e) => /\[\d+(, \d+)*\]/.test(e))).toEqual([]);
      } finally {
        await close();
      }
    });
  });
});
