import { z } from 'astro/zod';
import { SECTION_IDS } from './sections';

/** A list of bibliography ids, checked against content/references.json. */
export const citeList = (knownKeys: ReadonlySet<string>) =>
  z
    .array(z.string())
    .min(1)
    .superRefine((ids, ctx) => {
      for (const id of ids) {
        if (!knownKeys.has(id))
          ctx.addIssue({ code: 'custom', message: `unknown citation key "${id}" (not in references.json)` });
      }
    });

export const quizQuestionSchema = z
  .object({
    /** The question, as a full sentence. */
    question: z.string().min(5),
    /** 2-5 answer options, in display order. */
    options: z.array(z.string().min(1)).min(2).max(5),
    /** 0-based index of the right option. */
    answer: z.number().int().nonnegative(),
    /** Why the right answer is right (shown after answering). */
    explanation: z.string().min(10),
  })
  .refine((q) => q.answer < q.options.length, {
    message: 'answer must be the index of one of the options (0-based)',
    path: ['answer'],
  });

export const TIME_ORIENTATIONS = ['past', 'present', 'future'] as const;
export const FORMATS = ['individual', 'group', 'couple', 'family'] as const;
export const APPROACH_FAMILIES = [
  'cognitive-behavioural',
  'psychodynamic',
  'humanistic',
  'systemic',
  'integrative',
  'trauma-focused',
] as const;

/** The "at a glance" block of an approach page; it also feeds the comparison table. */
export const approachSchema = (knownKeys: ReadonlySet<string>) =>
  z.object({
    family: z.enum(APPROACH_FAMILIES),
    /** One sentence: what the approach believes helps. */
    coreIdea: z.string().min(10),
    timeOrientation: z.array(z.enum(TIME_ORIENTATIONS)).min(1),
    /** How sessions are organised. */
    structure: z.string().min(3),
    /** Whether and how practice between sessions is used. */
    homework: z.string().min(2),
    /** Typical length as the cited sources give it. */
    typicalSessions: z.object({ text: z.string().min(3), cite: citeList(knownKeys) }),
    format: z.array(z.enum(FORMATS)).min(1),
    /** Conditions with the strongest evidence, each cited. */
    strongestEvidence: z.array(z.object({ condition: z.string().min(2), cite: citeList(knownKeys) })).min(1),
  });

export const articleSchema = (knownKeys: ReadonlySet<string>) =>
  z.object({
    /** The page title and only h1. */
    title: z.string().min(3).max(90),
    /** Meta description and card text. */
    description: z.string().min(20).max(160),
    section: z.enum(SECTION_IDS),
    /** Position within the section; the section index uses 0. */
    order: z.number().int().nonnegative(),
    audience: z.enum(['clients', 'students', 'both']),
    /** Plain-language opening, 40-90 words at grade 9 or below (checked by the test suite). */
    summary: z.string().min(80),
    keyTakeaways: z.array(z.string().min(10)).min(3).max(5),
    lastReviewed: z.coerce.date(),
    quiz: z.array(quizQuestionSchema).min(3).max(5).optional(),
    /** Ids of related articles, e.g. "what-heals/empathy"; each must exist. */
    related: z.array(z.string()).optional(),
    approach: approachSchema(knownKeys).optional(),
  });

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type Approach = z.infer<ReturnType<typeof approachSchema>>;
