/**
 * The figures written in a text, as numbers, read by the conventions of the text's locale ("5,030" and
 * "0.89" in English; "5030", "30 000" and "0,89" in Spanish). A translation must state the same figures
 * as the English text it follows: comparing these lists proves it without any language's rule in the test.
 */
import { localeOf, type Lang } from '../../src/i18n/languages.mjs';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function figuresIn(text: string, lang: Lang): number[] {
  const parts = new Intl.NumberFormat(localeOf(lang)).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  // Thousands are grouped by the locale's separator or, as in Spanish style guides, a (no-break) space.
  const groups = `[${escape(group)} \\u00a0]`;
  const number = new RegExp(`\\d+(?:${groups}\\d{3})*(?:${escape(decimal)}\\d+)?`, 'g');
  return (text.match(number) ?? []).map((written) =>
    Number(written.replace(new RegExp(groups, 'g'), '').replace(decimal, '.')),
  );
}
