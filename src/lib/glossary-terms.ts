/**
 * Each language's glossary terms by id, read once when the module loads (the dev server loads it again when
 * a glossary entry changes). Every article names a dozen terms or more: looking each one up here keeps
 * <Term> synchronous, and the 1,000-article benchmark builds about a second faster than with one awaited
 * getEntry per term.
 */
import { LANGUAGE_CODES, type Lang } from '../i18n/languages.mjs';
import { glossaryOf } from './collections';

export interface GlossaryTerm {
  /** The term as the glossary names it, e.g. "Therapeutic alliance". */
  term: string;
  /** Its one-sentence definition. */
  short: string;
}

const termsByLanguage: ReadonlyMap<Lang, ReadonlyMap<string, GlossaryTerm>> = new Map(
  await Promise.all(
    LANGUAGE_CODES.map(
      async (lang) => [lang, new Map((await glossaryOf(lang)).map((entry) => [entry.id, entry.data]))] as const,
    ),
  ),
);

/** The glossary entry `id` in `lang`, or undefined when that language's glossary has none. */
export function glossaryTerm(lang: Lang, id: string): GlossaryTerm | undefined {
  return termsByLanguage.get(lang)?.get(id);
}
