/**
 * "Spot the factor"'s words (content/widgets/spot-the-factor.yaml, and content/<lang>/widgets/ for a
 * translation): the factors a reader looks for, and short fictional session excerpts in which each line was
 * written to show some of them, or none.
 */
import { z } from 'astro/zod';
import { DEFAULT_LANG, type Lang } from '../../i18n/languages.mjs';
import { loadWidgetContent, sourcesField } from '../shared/widget-content';
import { FACTOR_IDS } from './spot-the-factor-logic';

const factorId = z.enum(FACTOR_IDS).exclude(['none']);

const factor = z.object({
  id: factorId,
  /** Its name as shown. */
  label: z.string().min(3),
  /** One plain sentence: what to look for. */
  lookFor: z.string().min(10),
  /** The site page that explains it (in a translation, its translated page where there is one: "/es/..."). */
  page: z.string().regex(/^\/[a-z0-9/-]+\/$/),
});

const line = z.object({
  /** Stable id, used for saved answers: "<excerpt id>-<n>". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** First name, or "Therapist". */
  speaker: z.string().min(2),
  role: z.enum(['therapist', 'client']),
  text: z.string().min(2),
  /** The factor(s) the line was written to show; empty when it shows none of them. */
  factors: z.array(factorId),
  /** Why, in a sentence or two. */
  explanation: z.string().min(10),
});

const excerpt = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3),
  /** Who is in the room and why: the fictional set-up, in one or two sentences. */
  setting: z.string().min(10),
  lines: z.array(line).min(2),
});

export const spotTheFactorSchema = z.object({
  factors: z.array(factor).min(2),
  excerpts: z.array(excerpt).min(1),
  sources: sourcesField,
});

export const spotTheFactorContent = (lang: Lang = DEFAULT_LANG) =>
  loadWidgetContent('spot-the-factor', spotTheFactorSchema, lang);
