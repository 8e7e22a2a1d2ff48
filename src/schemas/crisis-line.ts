/**
 * One crisis line or emergency number, from content/help/crisis-lines.yaml. This is the only description of
 * an entry: the content collection, the "Get help now" pages in every language and the tests use it, and
 * the TypeScript type `CrisisLine` is inferred from it.
 *
 * Every fact in an entry (number, hours, languages, text or WhatsApp) must be confirmed on the page(s) in
 * `officialPages` on the date in `checked`. A line that cannot be confirmed on the service's or a
 * government's own page is left out, never guessed.
 *
 * Unknown fields are rejected, so a misspelt field ("offcialPages") fails the build instead of being ignored.
 */
import { z } from 'astro/zod';
import { LANGUAGE_CODES, type Lang } from '../i18n/languages.mjs';

const langs = LANGUAGE_CODES as [Lang, ...Lang[]];

/** A phone number as people read it: digits in groups, e.g. "13 11 14", "0800 999 0091", "*4141", "+44 116 123". */
const displayedNumber = z
  .string()
  .regex(/^[+*]?\d(?:[\d -]*\d)?$/, 'write the number as it is displayed: digits, spaces or hyphens, e.g. "13 11 14"');

/** Words for each page language, e.g. { en: "Call or text, any time.", es: "Llame o escriba..." }. */
const wordsPerLanguage = z.partialRecord(z.enum(langs), z.string().trim().min(3));

/** ISO 8601 calendar date, e.g. "2026-12-04" (quoted in YAML so it stays a string). */
const isoDate = z.iso.date('use YYYY-MM-DD in quotes, e.g. "2026-12-04"');

export const crisisLineSchema = z
  .object({
    /** Our key, e.g. "us-988": lower-case letters, digits and hyphens. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens, e.g. "us-988"'),
    /** "crisis-line": someone to talk to now; "emergency": police, ambulance or fire. */
    kind: z.enum(['crisis-line', 'emergency']),
    /**
     * Where the number works: ISO 3166-1 alpha-2 codes (e.g. "US", "GB"; "EU" for the European Union).
     * Pages show the names in their own language (Intl.DisplayNames), so no country name is typed here.
     */
    countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code, e.g. "MX"')).min(1),
    /** The service's own name, as it writes it, e.g. "988 Suicide & Crisis Lifeline". Emergency numbers have none. */
    name: z.string().trim().min(2).optional(),
    /** The number to call, as displayed; the tel: link is derived from it (src/lib/crisis-lines.ts, telHref). */
    number: displayedNumber,
    /** The number that takes text messages (SMS), when the official page says it does. */
    text: displayedNumber.optional(),
    /** The WhatsApp number, when the official page gives one. */
    whatsapp: displayedNumber.optional(),
    /** Languages the service itself answers in, as BCP 47 codes ("en", "es", "fr"); interpreters do not count. */
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'use a BCP 47 code such as "es"'))
      .min(1)
      .optional(),
    /** When it answers. Only "24/7" so far; add a per-language text field before listing a line with other hours. */
    hours: z.literal('24/7').optional(),
    /**
     * The language pages ("en" = /help-now/, "es" = /es/help-now/) that list this entry. An editorial choice,
     * not derived: a line that serves Spanish may still not belong on the Spanish page, and emergency numbers
     * answer everyone. A crisis line may only be listed on a page whose language it serves.
     */
    pages: z.array(z.enum(langs)).min(1),
    /**
     * A short note in each page's own words. Crisis lines need one per page, in sentences (e.g. how to reach
     * the Spanish option); an emergency number's optional note is a fragment shown in brackets after it.
     */
    note: wordsPerLanguage.optional(),
    /** The service's own or a government's page(s) every fact above was confirmed on (https). */
    officialPages: z.array(z.url({ protocol: /^https$/, error: 'use the https address of the official page' })).min(1),
    /** The date the facts were last confirmed on those pages; not in the future. */
    checked: isoDate.refine((date) => date <= new Date().toISOString().slice(0, 10), {
      message: 'is in the future; use the date you confirmed the number on its official page',
    }),
  })
  .strict()
  .superRefine((line, ctx) => {
    if (line.kind === 'crisis-line') {
      if (!line.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'a crisis line needs its service name' });
      if (!line.languages)
        ctx.addIssue({ code: 'custom', path: ['languages'], message: 'say which languages the line answers in' });
      if (!line.hours) ctx.addIssue({ code: 'custom', path: ['hours'], message: 'say when the line answers' });
      for (const page of line.pages) {
        if (line.languages && !line.languages.includes(page))
          ctx.addIssue({
            code: 'custom',
            path: ['pages'],
            message: `the "${page}" page lists this line but it does not serve "${page}"; add it to languages only if the official page says so`,
          });
        if (!line.note?.[page])
          ctx.addIssue({
            code: 'custom',
            path: ['note', page],
            message: `the "${page}" page lists this line, so it needs a note in "${page}"`,
          });
      }
    }
    for (const lang of Object.keys(line.note ?? {}))
      if (!line.pages.includes(lang as Lang))
        ctx.addIssue({
          code: 'custom',
          path: ['note', lang],
          message: `no "${lang}" page lists this entry; remove the note or add "${lang}" to pages`,
        });
  });

export type CrisisLine = z.infer<typeof crisisLineSchema>;
