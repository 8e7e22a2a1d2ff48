/**
 * The figures written in a text, as numbers, read by the way the site writes numbers in the text's language
 * (LANGUAGES: "5,030" and "0.89" in English; "5030", "30 000" and "0.89" in Spanish). A translation must state
 * the same figures as the English text it follows: comparing these lists proves it.
 */
import { LANGUAGES, type Lang } from '../../src/i18n/languages.mjs';
import { must } from '../../src/lib/required.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function figuresIn(text: string, lang: Lang): number[] {
  const { decimal, group } = must(LANGUAGES.find((l) => l.code === lang));
  // A language that groups with a space also accepts an ordinary, no-break or thin space.
  const groups = /\s/.test(group) ? '[ \\u00a0\\u2009]' : escape(group);
  const number = new RegExp(`\\d+(?:${groups}\\d{3})*(?:${escape(decimal)}\\d+)?`, 'g');
  return (text.match(number) ?? []).map((written) =>
    Number(written.replace(new RegExp(groups, 'g'), '').replace(decimal, '.')),
  );
}
