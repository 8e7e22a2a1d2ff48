/**
 * Real queries on the real built index, through the search page a reader uses: each finds the article
 * that explains it, at the top or near it (the rank each content issue asks for).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useSite, type OpenedPage } from '../helpers/browser';
import { BUILDS } from '../helpers/paths';

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

describe.each(BUILDS)('on the $name build', ({ dist, base }) => {
  const session = useSite(dist, base);

  // One reader on the search page, searching again and again: the first query comes in the URL, the rest
  // are typed into the box (cleared first, so an earlier result can never be read as this one's).
  let reader: OpenedPage | undefined;
  afterAll(() => reader?.close());

  async function resultPaths(query: string): Promise<string[]> {
    if (!reader) {
      reader = await session.open(`/search/?q=${encodeURIComponent(query)}`);
    } else {
      const input = reader.page.locator('search-page input[type="search"]');
      await input.fill('');
      await expect.poll(() => reader?.page.locator('search-page [data-search-status]').innerText()).toBe('');
      await input.fill(query);
    }
    const { page, errors } = reader;
    await page.locator('search-page [data-search-status]').filter({ hasText: query }).waitFor();
    const hrefs = await page
      .locator('search-page [data-search-results] li > a')
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

  describe('every idea of the seed document is findable', () => {
    it.each(SEED_IDEAS)('"%s" finds %s in the top five', async (query, path) => {
      const paths = await resultPaths(query);
      expect(paths.slice(0, 5), `results: ${paths.slice(0, 5).join(', ')}`).toContain(path);
    });
  });
});
