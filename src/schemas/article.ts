import { z } from 'astro/zod';
import { readingGrade, wordCount } from '../lib/reading-level.ts';
import { citationProblem, type CitableSources } from '../lib/bibliography.ts';
import { SECTION_IDS } from './sections.ts';

/** A list of bibliography ids, each a fully verified entry of content/references.json. */
export const citeList = (sources: CitableSources) =>
  z
    .array(z.string())
    .min(1)
    .superRefine((ids, ctx) => {
      for (const id of ids) {
        const problem = citationProblem(id, sources);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }
    });

/** The summary opens every article for the newcomer: short, and plain enough for school grade 9. */
const SUMMARY_WORDS = { min: 40, max: 90 } as const;
const SUMMARY_MAX_GRADE = 9;

const summarySchema = z.string().superRefine((summary, ctx) => {
  const words = wordCount(summary);
  if (words < SUMMARY_WORDS.min || words > SUMMARY_WORDS.max)
    ctx.addIssue({
      code: 'custom',
      message: `has ${words} words; write ${SUMMARY_WORDS.min}-${SUMMARY_WORDS.max} words.`,
    });
  const grade = readingGrade(summary);
  if (grade > SUMMARY_MAX_GRADE)
    ctx.addIssue({
      code: 'custom',
      message:
        `reads at school grade ${grade.toFixed(1)} (Flesch-Kincaid); the limit is ${SUMMARY_MAX_GRADE}. ` +
        'Use shorter sentences and shorter, everyday words.',
    });
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
export const approachSchema = (sources: CitableSources) =>
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
    typicalSessions: z.object({ text: z.string().min(3), cite: citeList(sources) }),
    format: z.array(z.enum(FORMATS)).min(1),
    /** Conditions with the strongest evidence, each cited. */
    strongestEvidence: z.array(z.object({ condition: z.string().min(2), cite: citeList(sources) })).min(1),
  });

export const articleSchema = (sources: CitableSources) =>
  z
    .object({
      /** The page title and only h1. */
      title: z.string().min(3).max(90),
      /** Meta description and card text. */
      description: z.string().min(20).max(160),
      section: z.enum(SECTION_IDS),
      /** Position within the section; the section index uses 0. */
      order: z.number().int().nonnegative(),
      audience: z.enum(['clients', 'students', 'both']),
      /** Plain-language opening: 40-90 words at Flesch-Kincaid grade 9 or below. */
      summary: summarySchema,
      keyTakeaways: z.array(z.string().min(10)).min(3).max(5),
      lastReviewed: z.coerce.date(),
      /** The self-check quiz: 3-5 questions. Every article has one unless it sets `quizExempt: true`. */
      quiz: z.array(quizQuestionSchema).min(3).max(5).optional(),
      /**
       * True for the few pages that are not articles to test oneself on: section index pages and study
       * aids (a page that is itself a study tool). Any other article needs a quiz.
       */
      quizExempt: z.literal(true).optional(),
      /**
       * True for an article that needs no fictional example. Every other non-index article shows therapy
       * through at least one <Callout kind="example"> (fictional, and labelled so).
       */
      exampleExempt: z.literal(true).optional(),
      /** Ids of related articles, e.g. "what-heals/empathy"; each must exist. */
      related: z.array(z.string()).optional(),
      approach: approachSchema(sources).optional(),
    })
    .superRefine((article, ctx) => {
      if (!article.quiz && !article.quizExempt)
        ctx.addIssue({
          code: 'custom',
          path: ['quiz'],
          message:
            'missing: add 3-5 questions, or, for a section index page or study aid only, set "quizExempt: true".',
        });
      if (article.quiz && article.quizExempt)
        ctx.addIssue({
          code: 'custom',
          path: ['quizExempt'],
          message: 'the article has a quiz; remove "quizExempt: true" (or the quiz).',
        });
    });

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type Approach = z.infer<ReturnType<typeof approachSchema>>;
