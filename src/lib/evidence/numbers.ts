/**
 * Reading numbers as people write them: "1,314", "30 000", ".278", "0.278", "−0.31", "twelve",
 * "twenty-five", "doce", and the size of a written number's last significant digit (what "about" can round
 * away). The words of each language come from its lexicon (lexicon/).
 */

import { english } from './lexicon/en.ts';
import type { Lexicon } from './lexicon/lexicon.ts';

/** English digits as written: "1,314", "6,138", "0.58", ".28", "12". No sign; see `signedBefore`. */
export const DIGITS = english.digits;

/** Longest first, so that an alternation never stops at a shorter word inside a longer one. */
const longestFirst = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length);

/**
 * A number written in words in `lexicon`'s language: a tens word with an optional unit ("twenty-five",
 * "treinta y cinco") or one of its number words ("twelve", "a dozen" without the article; "doce").
 */
export function numberWordPattern(lexicon: Lexicon): string {
  const tens = longestFirst(Object.keys(lexicon.tens)).join('|');
  const units = longestFirst(Object.keys(lexicon.tensUnits)).join('|');
  const words = longestFirst(Object.keys(lexicon.numberWords)).join('|');
  return `(?:(?:${tens})(?:${lexicon.tensJoin}(?:${units}))?|${words})`;
}

/** An English number written in words, up to "ninety-nine", plus "a hundred"/"one hundred" and "a dozen". */
export const NUMBER_WORD = numberWordPattern(english);

/** A word's value in a table of words, never a property every object has ("constructor"). */
const valueOf = (table: Readonly<Record<string, number>>, word: string) =>
  Object.hasOwn(table, word) ? table[word] : undefined;

/** Thousands separators a number may carry: the English comma; the space, no-break space or thin space. */
const GROUPING = /[,\s\u00A0\u202F\u2009]/g;

/**
 * "1,314" -> 1314, "30 000" -> 30000, ".278" -> 0.278, "twenty-five" -> 25, "a dozen" -> 12, "treinta y
 * cinco" -> 35 (with the Spanish lexicon). NaN when not a number.
 */
export function parseNumber(written: string, lexicon: Lexicon = english): number {
  const text = written
    .trim()
    .toLowerCase()
    .replace(new RegExp(`^(?:${lexicon.numberArticle})`), '');
  if (/^[\d.,\s\u00A0\u202F\u2009]+$/.test(text)) return Number(text.replace(GROUPING, ''));
  const word = valueOf(lexicon.numberWords, text);
  if (word !== undefined) return word;
  const compound = new RegExp(`^(\\S+?)(?:${lexicon.tensJoin}(\\S+))?$`).exec(text);
  const tensValue = compound ? valueOf(lexicon.tens, compound[1]) : undefined;
  if (tensValue === undefined) return NaN;
  const onesValue = compound?.[2] === undefined ? 0 : valueOf(lexicon.tensUnits, compound[2]);
  return onesValue === undefined ? NaN : tensValue + onesValue;
}

/**
 * The place value of the last significant digit of a number as written: "75" -> 1, "19.7" -> 0.1,
 * ".28" -> 0.01, "300" -> 100, "30,000" and "30 000" -> 10000, "2,400" -> 100. Trailing zeros of a whole number are
 * read as not significant, because "about 300" is how people round 295. Words have no digits to count:
 * they get Infinity, so only the relative limit of the matching rule applies to them.
 */
export function lastDigitUnit(written: string): number {
  const text = written.trim().replace(GROUPING, '');
  if (!/^\d*\.?\d+$/.test(text)) return Infinity;
  const [whole, decimals] = text.split('.');
  if (decimals !== undefined) return 10 ** -decimals.length;
  const trailingZeros = (/0*$/.exec(whole)?.[0] ?? '').length;
  // "0" itself has no non-zero digit; its unit is 1.
  return trailingZeros === whole.length ? 1 : 10 ** trailingZeros;
}

/** True for a whole number that reads as a year (1800-2099, written without a thousands separator). */
export function isYear(written: string): boolean {
  return /^(1[89]\d\d|20\d\d)$/.test(written);
}

/** True when a minus sign (not a range dash) stands right before `index` in `text`: "g = -0.31", "(−0.2". */
export function signedBefore(text: string, index: number): boolean {
  return /(?:^|[\s=([,:;≈<>])[-−–]$/.test(text.slice(Math.max(0, index - 2), index));
}
