import { z } from 'astro/zod';
import { inflesz, infleszBand, readingGrade, wordCount } from '../lib/reading-level.ts';
import type { Lang } from '../i18n/languages.mjs';
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

/**
 * THE length and readability limits of an article, per language: the schema (summary), the Markdown plugin
 * (body) and `npm run evidence` all read them here. Spanish runs longer than English for the same content
 * (about a fifth more words), so its limits are wider; its plainness is measured on the INFLESZ scale.
 */
export const ARTICLE_LIMITS = {
  en: {
    summaryWords: { min: 40, max: 90 },
    bodyWords: { min: 900, max: 1800 },
    /** Flesch-Kincaid school grade, at most. */
    summaryReadability: { measure: 'flesch-kincaid', maxGrade: 9 },
  },
  es: {
    summaryWords: { min: 40, max: 100 },
    bodyWords: { min: 900, max: 2100 },
    /** INFLESZ score, at least: 65 is where "bastante fácil" starts (Barrio-Cantalejo's scale). */
    summaryReadability: { measure: 'inflesz', minScore: 65 },
  },
} as const satisfies Record<
  Lang,
  {
    summaryWords: { min: number; max: number };
    bodyWords: { min: number; max: number };
    summaryReadability: { measure: 'flesch-kincaid'; maxGrade: number } | { measure: 'inflesz'; minScore: number };
  }
>;

/** The summary's length, in words, as the limits of `lang` allow it; undefined when it is within them. */
export function summaryLengthProblem(summary: string, lang: Lang): string | undefined {
  const { min, max } = ARTICLE_LIMITS[lang].summaryWords;
  const words = wordCount(summary);
  return words < min || words > max ? `has ${words} words; write ${min}-${max} words.` : undefined;
}

/** How plain the summary reads, and the fix when it is not plain enough for `lang`; undefined when it is. */
export function summaryReadabilityProblem(summary: string, lang: Lang): string | undefined {
  const limit = ARTICLE_LIMITS[lang].summaryReadability;
  if (limit.measure === 'flesch-kincaid') {
    const grade = readingGrade(summary);
    return grade > limit.maxGrade
      ? `reads at school grade ${grade.toFixed(1)} (Flesch-Kincaid); the limit is ${limit.maxGrade}. ` +
          'Use shorter sentences and shorter, everyday words.'
      : undefined;
  }
  const score = inflesz(summary);
  return score < limit.minScore
    ? `reads at INFLESZ ${score.toFixed(1)} ("${infleszBand(score)}"); a Spanish summary must read "${infleszBand(limit.minScore)}" ` +
        `or easier, ${limit.minScore} or more. Use shorter sentences (10-14 words on average) and shorter, everyday ` +
        'words: few words of four or more syllables.'
    : undefined;
}

/** The body's length in words of prose, as the limits of `lang` allow it; undefined when it is within them. */
export function bodyLengthProblem(words: number, lang: Lang): string | undefined {
  const { min, max } = ARTICLE_LIMITS[lang].bodyWords;
  if (words >= min && words <= max) return undefined;
  return (
    `${words} words of prose; an article has ${min}-${max}. ` +
    (words < min ? 'Say more, or merge it into a related article.' : 'Cut, or split it in two.')
  );
}

/** The summary opens every article for the newcomer: short, and plain in its language. */
const summarySchema = (lang: Lang) =>
  z.string().superRefine((summary, ctx) => {
    for (const message of [summaryLengthProblem(summary, lang), summaryReadabilityProblem(summary, lang)])
      if (message) ctx.addIssue({ code: 'custom', message });
  });

/** An article id, "<section>/<slug>" ("starting-therapy/first-session"; a section's index is "<section>/index"). */
const articleId = z.string().superRefine((id, ctx) => {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id))
    ctx.addIssue({
      code: 'custom',
      message: 'must be an article id, "<section>/<slug>", e.g. "starting-therapy/first-session"',
    });
  else if (!(SECTION_IDS as readonly string[]).includes(id.split('/')[0]))
    ctx.addIssue({ code: 'custom', message: `must start with a section: ${SECTION_IDS.join(', ')}` });
});

/**
 * The English version a translation follows: its id, and that English article's `lastReviewed` when the
 * translation was written or last brought up to date with it. A test compares it with the English article's
 * own `lastReviewed`, so a translation never silently falls behind its English version.
 */
const translationOfSchema = z.object(
  {
    /** The English article's id, "<section>/<slug>". */
    article: articleId,
    /** The English article's `lastReviewed` in the version this translation follows. */
    lastReviewed: z.coerce.date(),
  },
  {
    error: (issue) =>
      issue.input === undefined
        ? 'missing: a translation names the English version it follows: "translationOf: { article: <the English ' +
          "article's id, e.g. starting-therapy/first-session>, lastReviewed: <that English article's lastReviewed> }\"."
        : undefined,
  },
);

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

/**
 * An article's frontmatter in `lang`: English (content/articles/) or a translation (content/<lang>/articles/),
 * which has the same fields, its own summary limits (ARTICLE_LIMITS) and says which English version it follows.
 */
export const articleSchema = (sources: CitableSources, lang: Lang = 'en') =>
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
      /** Plain-language opening: length and readability as ARTICLE_LIMITS sets them for the language. */
      summary: summarySchema(lang),
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
      /**
       * A translation only (required there): the English version this one follows, by id and by that English
       * article's `lastReviewed`. The English original has none.
       */
      translationOf:
        lang === 'en'
          ? z
              .unknown()
              .refine((value) => value === undefined, {
                message:
                  'only a translation (content/<lang>/articles/...) says which English article it follows; remove translationOf.',
              })
              .optional()
          : translationOfSchema,
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
