/**
 * The brain map's words (content/widgets/brain-map.yaml, and content/<lang>/widgets/ for a translation): for
 * each region in brain-map-data.ts, its name, what it does, and what the therapy studies cited in "A guide to
 * the brain regions" found there, each finding with its source. Every region there has exactly one entry here,
 * under the same id; the widget shows them in the data file's order.
 */
import { z } from 'astro/zod';
import { DEFAULT_LANG, type Lang } from '../../i18n/languages.mjs';
import { must } from '../../lib/required';
import { loadWidgetContent, oneEntryPerId } from '../shared/widget-content';
import { BRAIN_REGION_IDS } from './brain-map-data';

/** A bibliography id (content/references.json); the build and tests/widgets/brain-map/ check it is fully verified. */
const sourceId = z.string().regex(/^[a-z]+\d{4}[a-z]*$/, 'is not a bibliography id like "furmark2002"');

const finding = z.object({
  /** What the study found, as plainly as its source allows; every figure must be in that source's finding. */
  text: z.string().min(20),
  /** The study the finding comes from. */
  source: sourceId,
});

const region = z.object({
  /** The region's id in brain-map-data.ts. */
  id: z.enum(BRAIN_REGION_IDS),
  /** Its name, on its button and as the heading of its entry. */
  name: z.string().min(3),
  /** What the region does, in plain words (textbook background unless `aboutSource` is given). */
  about: z.string().min(80),
  /** A source for `about`, where it goes beyond textbook background. */
  aboutSource: sourceId.optional(),
  /** What therapy studies found there, each with its source. */
  findings: z.array(finding).min(1),
  /** How firm the therapy findings are, where that needs saying. */
  caution: z.string().min(10).optional(),
});

export const brainMapSchema = z.object({
  regions: oneEntryPerId(region, BRAIN_REGION_IDS, 'region'),
});

export type BrainRegion = z.infer<typeof region>;

/** The regions' words in a language, in the order of brain-map-data.ts. */
export function brainRegions(lang: Lang = DEFAULT_LANG): BrainRegion[] {
  const { regions } = loadWidgetContent('brain-map', brainMapSchema, lang);
  // The schema has made sure each id is there exactly once.
  return BRAIN_REGION_IDS.map((id) =>
    must(
      regions.find((r) => r.id === id),
      `region ${id}`,
    ),
  );
}
