/**
 * The review log: one file per article, content/reviews/<section>/<slug>.md (a section's index page:
 * content/reviews/<section>/index.md), written by a second reader who did not write the article and worked
 * from the text, the sources' findings and the public record. The frontmatter records what was checked and
 * every claim that was changed; the body holds free notes. The article's `lastReviewed` is the date of its
 * newest review (checked by the build, src/lib/reviews.ts).
 */
import { z } from 'astro/zod';

/**
 * The kinds of change a second reader records, each with what it means. The fact-check page lists them
 * from here, so the page and the log never disagree.
 */
export const CHANGE_KINDS = {
  /** The number or its population did not match the source (wrong subgroup, wrong sample). */
  'population-mismatch': 'A number, or the group it describes, did not match the source.',
  /** Causal words where the design shows only an association. */
  'causal-overreach': 'Words of cause where the study could show only a link.',
  /** "The largest/first/only/most", not checked today: removed or qualified. */
  'stale-superlative': '"The largest", "the first" or "the only", not checked today: removed or qualified.',
  /** A theory or model told as an established finding. */
  'theory-as-finding': 'A theory or model told as if it were an established finding.',
  /** A non-significant result read as an effect, or as proof of no effect. */
  'nonsignificant-misread': 'A result that was not statistically significant, read as an effect or as proof of none.',
  /** Data a reader needs was missing (e.g. how often therapy makes people worse, next to how often it is reported); now added. */
  'missing-context': 'Something a reader needs to weigh a claim was missing, and is now added.',
  /** A present-day claim rested only on an old study; now on a present-day synthesis. */
  'outdated-evidence':
    'A claim about today rested only on an old study; it now rests on a recent review of the evidence.',
  /** An empirical sentence had no citation; now cited, or reworded as non-empirical. */
  'uncited-claim': 'A claim about the evidence had no source; it is now cited, or reworded so it no longer claims.',
  /** A number not in its cited source's findings: corrected, re-cited, added to `figures`, or marked <Derived>. */
  'unbacked-number': 'A number its cited source does not give: corrected, re-sourced, or marked as worked out by us.',
  /** Any other change that makes a claim say no more than its source. */
  wording: 'Any other change so that a sentence says no more than its source.',
} as const;

type ChangeKind = keyof typeof CHANGE_KINDS;
export const CHANGE_KIND_IDS = Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]];

/** Bibliography ids, space-separated or as a list, each of which must exist. */
const sourceIds = (known: ReadonlySet<string>) =>
  z.string().superRefine((value, ctx) => {
    for (const id of value.split(/[\s,]+/).filter(Boolean))
      if (!known.has(id)) ctx.addIssue({ code: 'custom', message: `unknown source "${id}" (not in references.json)` });
  });

const reviewChangeSchema = (known: ReadonlySet<string>) =>
  z
    .object({
      /** What kind of problem the change fixes; one of CHANGE_KINDS. */
      kind: z.enum(CHANGE_KIND_IDS),
      /** The heading or block, so a reader can find it, e.g. "What the evidence says: Ruptures". */
      where: z.string().min(3),
      /** The words before the change (or a short description of what was missing). */
      before: z.string().min(1),
      /** The words after the change. */
      after: z.string().min(1),
      /** Why, in terms of what the source did or did not find. */
      why: z.string().min(10),
      /** The bibliography id (or several, space-separated) that settles it. */
      source: sourceIds(known),
    })
    .strict();

export const reviewSchema = (known: ReadonlySet<string>) =>
  z
    .object({
      /** The article reviewed, by id, e.g. "what-heals/therapeutic-alliance" ("brain" for a section page), or "glossary". */
      article: z.string().min(1),
      /** The date of this review; the article's `lastReviewed` is set to it. */
      reviewed: z.coerce.date(),
      /** Who read it, described without a name: a second reader who did not write the article. */
      reader: z.string().min(10),
      /** Every source the article cites that the reader checked against the public record. */
      sourcesChecked: z.array(z.string()).superRefine((ids, ctx) => {
        ids.forEach((id, i) => {
          if (!known.has(id))
            ctx.addIssue({ code: 'custom', path: [i], message: `unknown source "${id}" (not in references.json)` });
        });
      }),
      /** One item per claim changed; [] when nothing needed changing. */
      changes: z.array(reviewChangeSchema(known)),
    })
    .strict();
