/**
 * "What the relationship adds"'s words (content/widgets/relationship-effects.yaml, and content/<lang>/widgets/
 * for a translation): each row's name, its evidence base as the source states it, and an optional gloss.
 * The figures, sources and articles of the rows are data (relationship-effects-data.ts); every row there has
 * exactly one entry here, under the same id.
 */
import { z } from 'astro/zod';
import { DEFAULT_LANG, type Lang } from '../../i18n/languages.mjs';
import { loadWidgetContent, oneEntryPerId } from '../shared/widget-content';
import { RELATIONSHIP_EFFECTS } from './relationship-effects-data';

const ROW_IDS = RELATIONSHIP_EFFECTS.map((e) => e.id);

const row = z.object({
  /** The row's id in relationship-effects-data.ts. */
  id: z.string().refine((id) => ROW_IDS.includes(id), {
    message: `is not a row of relationship-effects-data.ts (${ROW_IDS.join(', ')})`,
  }),
  /** The element's name, as the chart and the table show it. */
  element: z.string().min(3),
  /** The evidence base as the source states it, e.g. "295 studies, more than 30,000 patients". */
  evidence: z.string().min(3),
  /** A short gloss shown under the element's name in the table. */
  note: z.string().min(3).optional(),
});

export const relationshipEffectsSchema = z.object({
  rows: oneEntryPerId(row, ROW_IDS, 'row'),
});

export type RowWords = z.infer<typeof row>;

/** The rows' words by id, in a language. */
export function relationshipEffectsContent(lang: Lang = DEFAULT_LANG): Record<string, RowWords> {
  const { rows } = loadWidgetContent('relationship-effects', relationshipEffectsSchema, lang);
  return Object.fromEntries(rows.map((r) => [r.id, r]));
}
