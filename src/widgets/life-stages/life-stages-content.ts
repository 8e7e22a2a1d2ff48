/**
 * The life-stages timeline's words (content/widgets/life-stages.yaml): Erikson's eight stages, each with
 * its tension, strength, a plain account and a fictional therapy example. The stages and strengths come
 * from the sources the timeline cites (erikson1950, erikson1997).
 */
import { z } from 'astro/zod';
import { loadWidgetContent, sourcesField } from '../shared/widget-content';

const stage = z.object({
  /** The task in one word, as on the timeline: "Trust". */
  task: z.string().min(3),
  /** The phase of life: "Infancy". */
  period: z.string().min(3),
  /** Approximate ages in years, for display: "0–1½". */
  ages: z.string().min(1),
  /** The tension Erikson named: "Trust versus mistrust". */
  tension: z.string().includes(' versus '),
  /** The basic strength that can grow from it (Erikson and Erikson, 1997). */
  strength: z.string().min(3),
  /** What the stage is about, in plain words. */
  about: z.string().min(20),
  /** How the theme can show up in therapy: fictional. */
  inTherapy: z.string().min(20),
  /** Where this site's milestone list differs from Erikson at this stage, if it does. */
  siteNote: z.string().optional(),
});

export const lifeStagesSchema = z.object({
  stages: z.array(stage).length(8),
  sources: sourcesField,
});

export const lifeStagesContent = () => loadWidgetContent('life-stages', lifeStagesSchema);
