/**
 * The window of tolerance's words (content/widgets/window-of-tolerance.yaml): what each zone can feel like
 * and which everyday skills suit it. Educational only: common self-help ideas that therapists teach, not
 * treatment or medical advice. Only the component reads them, so none ship in the widget's JavaScript.
 */
import { z } from 'astro/zod';
import { loadWidgetContent, sourcesField } from '../shared/widget-content';
import { ZONE_IDS } from './window-of-tolerance-logic';

const zone = z.object({
  /** Which zone, from low to high arousal. */
  id: z.enum(ZONE_IDS),
  /** Its name as shown: "Hypo-arousal". */
  name: z.string().min(3),
  /** Where the zone lies relative to the window, in words (never colour alone). */
  where: z.string().min(3),
  /** What it can feel like, one line each. */
  feels: z.array(z.string().min(5)).min(1),
  /** Skills that can help, one line each. */
  skills: z.array(z.string().min(5)).min(1),
});

export const windowOfToleranceSchema = z.object({
  zones: z
    .array(zone)
    .length(ZONE_IDS.length)
    .refine((zones) => zones.every((z, i) => z.id === ZONE_IDS[i]), {
      message: `list the zones in this order: ${ZONE_IDS.join(', ')}`,
    }),
  sources: sourcesField,
});

export type Zone = z.infer<typeof zone>;

export const windowOfToleranceContent = () => loadWidgetContent('window-of-tolerance', windowOfToleranceSchema);
