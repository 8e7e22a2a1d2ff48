/**
 * Reading numbers as people write them: "1,314", ".278", "0.278", "−0.31", "twelve", "twenty-five",
 * and the size of a written number's last significant digit (what "about" can round away).
 */

/** Digits as written: "1,314", "6,138", "0.58", ".28", "12". No sign; see `signedBefore`. */
export const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const;
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/** A number written in words, up to "ninety-nine", plus "a hundred"/"one hundred" and "a dozen". */
export const NUMBER_WORD = `(?:(?:${TENS.join('|')})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.join('|')}|dozen|hundred)`;

/** "1,314" -> 1314, ".278" -> 0.278, "twenty-five" -> 25, "a dozen" -> 12. NaN when not a number. */
export function parseNumber(written: string): number {
  const text = written.trim().toLowerCase().replace(/^an? /, '');
  if (/^[\d.,]+$/.test(text)) return Number(text.replace(/,/g, ''));
  if (text === 'dozen') return 12;
  if (text === 'hundred') return 100;
  const unit = UNITS.indexOf(text as (typeof UNITS)[number]);
  if (unit >= 0) return unit;
  const [tens, ones] = text.split(/[- ]/);
  const tensValue = TENS.indexOf(tens as (typeof TENS)[number]);
  if (tensValue < 0) return NaN;
  const onesValue = ones === undefined ? 0 : UNITS.indexOf(ones as (typeof UNITS)[number]);
  return onesValue < 0 || onesValue > 9 ? NaN : (tensValue + 2) * 10 + onesValue;
}

/**
 * The place value of the last significant digit of a number as written: "75" -> 1, "19.7" -> 0.1,
 * ".28" -> 0.01, "300" -> 100, "30,000" -> 10000, "2,400" -> 100. Trailing zeros of a whole number are
 * read as not significant, because "about 300" is how people round 295. Words have no digits to count:
 * they get Infinity, so only the relative limit of the matching rule applies to them.
 */
export function lastDigitUnit(written: string): number {
  const text = written.replace(/,/g, '').trim();
  if (!/^\d*\.?\d+$/.test(text)) return Infinity;
  const [whole, decimals] = text.split('.');
  if (decimals !== undefined) return 10 ** -decimals.length;
  const trailingZeros = (/0*$/.exec(whole)?.[0] ?? '').length;
  // "0" itself has no non-zero digit; its unit is 1.
  return trailingZeros === whole.length ? 1 : 10 ** trailingZeros;
}

/** True for a whole number that reads as a year (1800-2099, written without a thousands comma). */
export function isYear(written: string): boolean {
  return /^(1[89]\d\d|20\d\d)$/.test(written);
}

/** True when a minus sign (not a range dash) stands right before `index` in `text`: "g = -0.31", "(−0.2". */
export function signedBefore(text: string, index: number): boolean {
  return /(?:^|[\s=([,:;≈<>])[-−–]$/.test(text.slice(Math.max(0, index - 2), index));
}
