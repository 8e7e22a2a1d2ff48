/** Each language's words for the numbers rule, by language code (src/i18n/languages.mjs). */
import type { Lang } from '../../../i18n/languages.mjs';
import { english } from './en.ts';
import { spanish } from './es.ts';
import type { Lexicon } from './lexicon.ts';

const LEXICONS: Record<Lang, Lexicon> = { en: english, es: spanish };

export function lexiconOf(lang: Lang): Lexicon {
  return LEXICONS[lang];
}
