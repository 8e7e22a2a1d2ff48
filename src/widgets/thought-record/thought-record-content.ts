/**
 * The thought record's words (content/widgets/thought-record.yaml): the seven steps in order, each with the
 * plain help shown on screen and on the printed blank worksheet. The five text steps are named by LABELS
 * (thought-record-logic.ts), which the saved records and their export also use, so a label is written once.
 */
import { z } from 'astro/zod';
import { loadWidgetContent, sourcesField } from '../shared/widget-content';
import { LABELS, TEXT_FIELDS } from './thought-record-logic';

const step = z.object({
  /** A free-text field, or one of the two emotion steps (rated at the time, then re-rated). */
  field: z.enum([...TEXT_FIELDS, 'emotions', 'rerate']),
  /** The step's name; only the two emotion steps need one (the text steps use LABELS). */
  name: z.string().min(3).optional(),
  /** What to write, in plain words. */
  help: z.string().min(20),
});

export const thoughtRecordSchema = z.object({
  steps: z
    .array(step)
    .length(TEXT_FIELDS.length + 2)
    .superRefine((steps, ctx) =>
      steps.forEach((s, i) => {
        if ((s.field === 'emotions' || s.field === 'rerate') && !s.name)
          ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `the "${s.field}" step needs a name` });
      }),
    ),
  sources: sourcesField,
});

/** The steps, each with its name. */
export function worksheetSteps() {
  return loadWidgetContent('thought-record', thoughtRecordSchema).steps.map((s) => ({
    ...s,
    name: s.field === 'emotions' || s.field === 'rerate' ? (s.name ?? s.field) : LABELS[s.field],
  }));
}
