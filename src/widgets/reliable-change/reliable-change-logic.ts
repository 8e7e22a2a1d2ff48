/**
 * Pure logic of the reliable change calculator: Jacobson and Truax's (1991) reliable change index.
 *
 *   SE     = SD × √(1 − r)        standard error of measurement (SD of scores, r = reliability)
 *   S_diff = √(2 × SE²)           standard error of the difference between two scores
 *   RCI    = (x2 − x1) / S_diff   change in units of measurement error
 *
 * |RCI| > 1.96 means a change that large would arise from measurement error alone less than 5% of the time.
 * Everything here validates its input and returns messages instead of throwing. No DOM access. The words
 * come in as a parameter (the page's language, src/i18n/strings/), with the locale numbers are written in.
 */
import { fill, formatNumber as localeNumber, type Localized } from '../../i18n/format';
import type { Strings } from '../../i18n/strings/en';

/** The calculator's words in the page's language, with its locale ("1,000,000" in English, "1 000 000" in Spanish). */
export type ReliableChangeWords = Localized<Strings['reliableChange']['messages']>;

export const FIELDS = ['before', 'after', 'sd', 'reliability'] as const;
export type Field = (typeof FIELDS)[number];

/** What the reader typed, as text (the form's values, and what is saved in this browser). */
export type RawInputs = Record<Field, string> & { lowerIsBetter: boolean; preset: string };

export interface Inputs {
  before: number;
  after: number;
  sd: number;
  reliability: number;
}

export interface FieldError {
  field: Field;
  message: string;
}

/** The cut-off: 1.96 standard errors, the two-sided 5% point of the normal distribution. */
export const CRITICAL = 1.96;
/** Scores beyond a million are typing slips, not questionnaire scores; the bound also keeps arithmetic finite. */
export const MAX_ABS = 1_000_000;
/** The smallest SD and largest reliability accepted, so S_diff never reaches zero. */
export const MIN_SD = 0.001;
export const MAX_RELIABILITY = 0.999;
/** Longer text is not a number anyone meant to type; it is rejected before parsing. */
const MAX_TEXT = 40;

/** The example value each error message suggests. */
const EXAMPLE: Record<Field, number> = { before: 15, after: 8, sd: 3.5, reliability: 0.89 };
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A decimal number written as people type it ("12", "-3", "0.89", ".89", "0,89"), or undefined. */
export function parseDecimal(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string' || raw.length > MAX_TEXT) return undefined;
  const text = raw.trim().replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Checks one field; returns its number or a message saying what is wrong and what would be right. */
function checkField(words: ReliableChangeWords, field: Field, raw: unknown): number | string {
  const number = (value: number) => formatNumber(value, words.locale);
  const label = words.labels[field];
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (text === '' || text === undefined || text === null) return fill(words.enter, { label });
  const value = parseDecimal(raw);
  if (value === undefined) return fill(words.notANumber, { Label: capitalise(label), example: number(EXAMPLE[field]) });
  if (field === 'sd') {
    if (value <= 0) return words.sdNotPositive;
    if (value < MIN_SD || value > MAX_ABS) return fill(words.sdRange, { min: number(MIN_SD), max: number(MAX_ABS) });
  } else if (field === 'reliability') {
    const example = number(EXAMPLE.reliability);
    // 89 is most likely a percentage; 1.5 is not, so it gets the plain message.
    if (value >= 10 && value <= 100) return fill(words.reliabilityPercent, { example, value: number(value / 100) });
    if (value < 0 || value > 1) return fill(words.reliabilityRange, { example });
    if (value > MAX_RELIABILITY) return fill(words.reliabilityMax, { max: number(MAX_RELIABILITY) });
  } else if (Math.abs(value) > MAX_ABS) {
    return fill(words.scoreRange, { Label: capitalise(label), min: number(-MAX_ABS), max: number(MAX_ABS) });
  }
  return value;
}

/** Validates every field at once, so the reader sees all problems together. */
export function validate(
  words: ReliableChangeWords,
  raw: Partial<Record<Field, unknown>>,
): { inputs?: Inputs; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values: Partial<Inputs> = {};
  for (const field of FIELDS) {
    const result = checkField(words, field, raw?.[field]);
    if (typeof result === 'string') errors.push({ field, message: result });
    else values[field] = result;
  }
  return errors.length ? { errors } : { inputs: values as Inputs, errors };
}

export interface Result {
  se: number;
  sDiff: number;
  change: number;
  rci: number;
  /** The smallest change (in score points) that counts as reliable with this SD and reliability. */
  threshold: number;
}

/** The index itself, for already-validated inputs. */
export function reliableChange({ before, after, sd, reliability }: Inputs): Result {
  const se = sd * Math.sqrt(1 - reliability);
  const sDiff = Math.sqrt(2 * se * se);
  const change = after - before;
  return { se, sDiff, change, rci: change / sDiff, threshold: CRITICAL * sDiff };
}

/** Numbers for reading, as the locale writes them: up to `digits` decimals, no trailing zeros, a real minus sign. */
export function formatNumber(value: number, locale: string, digits = 3): string {
  // `|| 0` turns −0 into 0, so a tiny negative never shows as "−0".
  const text = localeNumber(Number(value.toFixed(digits)) || 0, locale, { maximumFractionDigits: digits });
  return text.replace('-', '−');
}

/** Each step of the formula with the reader's numbers, as sentences for an ordered list. */
export function steps(words: ReliableChangeWords, inputs: Inputs, r: Result): string[] {
  const number = (value: number, digits?: number) => formatNumber(value, words.locale, digits);
  const { before, after, sd, reliability } = inputs;
  const paren = (n: number) => (n < 0 ? `(${number(n)})` : number(n));
  const { se, sDiff, change, rci } = {
    se: number(r.se),
    sDiff: number(r.sDiff),
    change: number(r.change),
    rci: number(r.rci, 2),
  };
  const w = words.steps;
  return [
    fill(w.se, { sd: number(sd), reliability: number(reliability), se }),
    fill(w.sDiff, { se, sDiff }),
    fill(w.change, { after: number(after), before: paren(before), change }),
    fill(w.rci, { change, sDiff, rci }),
    fill(w.compare, {
      size: number(Math.abs(r.rci), 2),
      comparison: Math.abs(r.rci) > CRITICAL ? w.moreThan : w.notMoreThan,
      critical: number(CRITICAL),
      threshold: number(r.threshold, 2),
    }),
  ];
}

export type Direction = 'improvement' | 'deterioration' | 'no change';

/** Which way the score moved, given whether lower scores are better on this questionnaire. */
export function direction(change: number, lowerIsBetter: boolean): Direction {
  if (change === 0) return 'no change';
  return change < 0 === lowerIsBetter ? 'improvement' : 'deterioration';
}

/** The verdict in words, for the live region. */
export function verdict(
  words: ReliableChangeWords,
  r: Result,
  lowerIsBetter: boolean,
): { reliable: boolean; direction: Direction; sentence: string } {
  const reliable = Math.abs(r.rci) > CRITICAL;
  const dir = direction(r.change, lowerIsBetter);
  const values = {
    size: fill(words.size, { value: formatNumber(Math.abs(r.rci), words.locale, 2) }),
    critical: formatNumber(CRITICAL, words.locale),
  };
  let template: string;
  if (dir === 'no change') template = words.noChange;
  else if (!reliable) template = dir === 'improvement' ? words.withinErrorImprovement : words.withinErrorWorsening;
  else template = dir === 'improvement' ? words.reliableImprovement : words.reliableWorsening;
  return { reliable, direction: dir, sentence: fill(template, values) };
}

/** What the live region says when the form cannot be worked out yet: how many problems, and the first. */
export function problemsSentence(words: ReliableChangeWords, errors: readonly FieldError[]): string {
  const count = errors.length === 1 ? words.oneToFix : fill(words.manyToFix, { count: errors.length });
  return fill(words.fixFirst, { count, message: errors[0]?.message ?? '' });
}

/**
 * Cleans saved inputs read from this browser's storage. Anything that is not the expected shape is
 * dropped (undefined), and over-long text is refused, so a corrupt or tampered value cannot break the form.
 */
export function parseSaved(raw: unknown, presetIds: readonly string[]): RawInputs | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.length <= MAX_TEXT ? value : undefined);
  const fields = FIELDS.map((f) => text(record[f]));
  if (fields.some((v) => v === undefined) || typeof record.lowerIsBetter !== 'boolean') return undefined;
  const preset = typeof record.preset === 'string' && presetIds.includes(record.preset) ? record.preset : '';
  const [before, after, sd, reliability] = fields as string[];
  return { before, after, sd, reliability, lowerIsBetter: record.lowerIsBetter, preset };
}
