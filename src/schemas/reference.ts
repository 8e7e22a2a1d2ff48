/**
 * One entry of the bibliography, content/references.json: CSL-JSON (the citation format citation-js reads)
 * plus our own fields saying what the source found and how we checked it. This is the only description of
 * an entry: the content collection, the build rules, the pages and the tests all use it, and the
 * TypeScript type `Reference` is inferred from it.
 *
 * Unknown fields are rejected, so a misspelt field ("verfied") fails the build instead of being ignored.
 * To use a further CSL field, add it here with a line saying what it holds.
 */
import { z } from 'astro/zod';

/** A CSL name: a person (family, given) or an organisation (literal). */
const cslName = z
  .object({
    /** Surname, e.g. "Howard". */
    family: z.string().min(1).optional(),
    /** Given names or initials, e.g. "Kenneth I.". */
    given: z.string().min(1).optional(),
    /** Generational suffix, e.g. "Jr.". */
    suffix: z.string().min(1).optional(),
    /** An organisation or a name that is not split, e.g. "American Psychological Association". */
    literal: z.string().min(1).optional(),
  })
  .strict()
  .refine((name) => name.family || name.literal, {
    message: 'a name needs "family" (a person) or "literal" (an organisation)',
  });

/** A CSL date: { "date-parts": [[2018]] } or [[2018, 5, 24]]. */
const cslDate = z
  .object({
    'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2),
  })
  .strict();

/** The CSL item types the site cites; citation-js formats each in APA style. */
const REFERENCE_TYPES = [
  'article-journal',
  'book',
  'chapter',
  'report',
  'webpage',
  'legal_case',
  'thesis',
  'paper-conference',
] as const;

/** How far an entry's details were confirmed on the public record. */
const VERIFIED = ['full', 'partial'] as const;

export const referenceSchema = z
  .object({
    /** Our key, used in <Cite id="...">, e.g. "howard1986": first author's surname (lower case) and year. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens, e.g. "howard1986"'),
    /** CSL item type, e.g. "article-journal". */
    type: z.enum(REFERENCE_TYPES),
    /** Title of the work, as published. */
    title: z.string().min(3),
    /** Authors, in the order published. */
    author: z.array(cslName).min(1).optional(),
    /** Editors (of a book or of the book a chapter is in). */
    editor: z.array(cslName).min(1).optional(),
    /** Translators. */
    translator: z.array(cslName).min(1).optional(),
    /** Date of publication. */
    issued: cslDate.optional(),
    /** Date a web page was read (web pages only). */
    accessed: cslDate.optional(),
    /** The journal, or the book a chapter is in. */
    'container-title': z.string().min(1).optional(),
    /** A book series. */
    'collection-title': z.string().min(1).optional(),
    /** The number within a book series. */
    'collection-number': z.string().min(1).optional(),
    /** Journal volume. */
    volume: z.string().min(1).optional(),
    /** Journal issue. */
    issue: z.string().min(1).optional(),
    /** Page range, e.g. "159-164", or an article number. */
    page: z.string().min(1).optional(),
    /** Report or document number. */
    number: z.string().min(1).optional(),
    /** Book edition, e.g. "2". */
    edition: z.string().min(1).optional(),
    /** Publisher of a book or report. */
    publisher: z.string().min(1).optional(),
    /** Where the publisher is. */
    'publisher-place': z.string().min(1).optional(),
    /** The court or body that issued a legal case or document. */
    authority: z.string().min(1).optional(),
    /** DOI without the resolver, e.g. "10.1037/0003-066X.41.2.159". */
    DOI: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'give the bare DOI, e.g. "10.1037/0003-066X.41.2.159" (no https://doi.org/)')
      .optional(),
    /** A stable link to the work (publisher page, PubMed, or the document itself). */
    URL: z.url().optional(),
    /** ISBN of a book. */
    ISBN: z.string().min(10).optional(),
    /** ISSN of a journal. */
    ISSN: z.string().min(8).optional(),
    /** PubMed id. */
    PMID: z.string().regex(/^\d+$/).optional(),
    /** PubMed Central id, e.g. "PMC1234567". */
    PMCID: z
      .string()
      .regex(/^PMC\d+$/)
      .optional(),

    // Our own fields (citation-js never sees them; see toCsl in src/lib/references.ts).

    /** The subject it is filed under on the references page, e.g. "alliance". */
    topic: z.string().min(2),
    /**
     * What the source found, in our words, saying no more than the source. The numbers an article gives
     * beside a citation of this entry must appear here or in `figures`.
     */
    finding: z.string().min(20),
    /**
     * Single figures exactly as the source reports them, each with what it measures and in whom, e.g.
     * "r = .278 between alliance and outcome in face-to-face therapy". Only figures the source itself
     * reports, confirmed on the public record; a figure we computed belongs in the article as <Derived>.
     */
    figures: z.array(z.string().min(3)).min(1).optional(),
    /**
     * How far the entry was confirmed on the public record: "full" when authors, year, title, journal,
     * volume, pages and DOI were all confirmed; "partial" otherwise. Articles may cite only "full" entries.
     */
    verified: z.enum(VERIFIED),
    /** Where the details were confirmed: the URL of the public record (publisher, PubMed, Crossref...). */
    checked_at: z.string().min(5),
    /** Anything a later checker should know (what was and was not confirmed, a correction, a caveat). */
    note: z.string().min(1).optional(),
    /** A landmark study: listed on the key-studies timeline. */
    landmark: z.boolean().optional(),
    /** Background reading: may stay in the bibliography though no article or glossary entry cites it. */
    background: z.boolean().optional(),
  })
  .strict();

/** A bibliography entry, as validated by `referenceSchema`. */
export type Reference = z.infer<typeof referenceSchema>;

/** The fields that are ours, not CSL: left out of what citation-js formats and exports. */
export const OWN_FIELDS = [
  'topic',
  'finding',
  'figures',
  'verified',
  'checked_at',
  'note',
  'landmark',
  'background',
] as const satisfies readonly (keyof Reference)[];
