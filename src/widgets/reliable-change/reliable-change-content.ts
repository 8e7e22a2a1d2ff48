/**
 * The reliable change calculator's content words (content/widgets/reliable-change.yaml, and
 * content/<lang>/widgets/ for a translation): the name and note of each questionnaire preset. The presets'
 * figures and sources are data (questionnaire-presets.ts); every preset there has exactly one entry here,
 * under the same id. The calculator's interface words are its strings block (src/i18n/strings/).
 */
import { z } from 'astro/zod';
import { DEFAULT_LANG, type Lang } from '../../i18n/languages.mjs';
import { loadWidgetContent, oneEntryPerId } from '../shared/widget-content';
import { PRESETS } from './questionnaire-presets';

const PRESET_IDS = PRESETS.map((p) => p.id);

const preset = z.object({
  /** The preset's id in questionnaire-presets.ts. */
  id: z.string().refine((id) => PRESET_IDS.includes(id), {
    message: `is not a preset of questionnaire-presets.ts (${PRESET_IDS.join(', ')})`,
  }),
  /** What the select shows: the questionnaire, what it measures, and whose norms. */
  name: z.string().min(3),
  /** Where each number comes from, in short plain sentences; every figure must be in the preset's source. */
  note: z.string().min(20),
});

export const reliableChangeSchema = z.object({
  presets: oneEntryPerId(preset, PRESET_IDS, 'preset'),
});

export type PresetWords = z.infer<typeof preset>;

/** The presets' words by id, in a language. */
export function presetWords(lang: Lang = DEFAULT_LANG): Record<string, PresetWords> {
  const { presets } = loadWidgetContent('reliable-change', reliableChangeSchema, lang);
  return Object.fromEntries(presets.map((p) => [p.id, p]));
}
