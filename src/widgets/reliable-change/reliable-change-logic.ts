/**
 * Pure logic of the reliable change calculator: Jacobson and Truax's (1991) reliable change index.
 *
 *   SE     = SD × √(1 − r)        standard error of measurement (SD of scores, r = reliability)
 *   S_diff = √(2 × SE²)           standard error of the difference between two scores
 *   RCI    = (x2 − x1) / S_diff   change in units of measurement error
 *
 * |RCI| > 1.96 means a change that large would arise from measurement error alone less than 5% of the time.
 * Everything here validates its input and returns messages instead of throwing. No DOM access.
 */

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

const LABELS: Record<Field, string> = {
  before: 'the score before',
  after: 'the score after',
  sd: 'the standard deviation',
  reliability: 'the reliability',
};

const EXAMPLE: Record<Field, string> = { before: '15', after: '8', sd: '3.5', reliability: '0.89' };
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
function checkField(field: Field, raw: unknown): number | string {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (text === '' || text === undefined || text === null) return `Enter ${LABELS[field]}.`;
  const value = parseDecimal(raw);
  if (value === undefined) return `${capitalise(LABELS[field])} must be a number, for example ${EXAMPLE[field]}.`;
  if (field === 'sd') {
    if (value <= 0)
      return 'The standard deviation must be more than 0; it measures how widely scores spread between people.';
    if (value < MIN_SD || value > MAX_ABS)
      return `The standard deviation must be between ${MIN_SD} and ${MAX_ABS.toLocaleString('en-GB')}.`;
  } else if (field === 'reliability') {
    // 89 is most likely a percentage; 1.5 is not, so it gets the plain message.
    if (value >= 10 && value <= 100)
      return `Reliability is a number between 0 and 1, such as 0.89. Did you mean ${formatNumber(value / 100)}?`;
    if (value < 0 || value > 1) return 'Reliability must be between 0 and 1, for example 0.89.';
    if (value > MAX_RELIABILITY)
      return `Reliability must be below 1 (at most ${MAX_RELIABILITY}): no questionnaire is free of measurement error, and the formula would divide by zero.`;
  } else if (Math.abs(value) > MAX_ABS) {
    return `${capitalise(LABELS[field])} must be between −${MAX_ABS.toLocaleString('en-GB')} and ${MAX_ABS.toLocaleString('en-GB')}.`;
  }
  return value;
}

/** Validates every field at once, so the reader sees all problems together. */
export function validate(raw: Partial<Record<Field, unknown>>): { inputs?: Inputs; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values: Partial<Inputs> = {};
  for (const field of FIELDS) {
    const result = checkField(field, raw?.[field]);
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

/** Numbers for reading: up to `digits` decimals, no trailing zeros, a real minus sign. */
export function formatNumber(value: number, digits = 3): string {
  // `|| 0` turns −0 into 0, so a tiny negative never shows as "−0".
  const text = (Number(value.toFixed(digits)) || 0).toLocaleString('en-GB', { maximumFractionDigits: digits });
  return text.replace('-', '−');
}

/** Each step of the formula with the reader's numbers, as sentences for an ordered list. */
export function steps(inputs: Inputs, r: Result): string[] {
  const { before, after, sd, reliability } = inputs;
  const paren = (n: number) => (n < 0 ? `(${formatNumber(n)})` : formatNumber(n));
  return [
    `Standard error of measurement: SE = SD × √(1 − r) = ${formatNumber(sd)} × √(1 − ${formatNumber(reliability)}) = ${formatNumber(r.se)}.`,
    `Standard error of the difference: S_diff = √(2 × SE²) = √(2 × ${formatNumber(r.se)}²) = ${formatNumber(r.sDiff)}.`,
    `Your change: x2 − x1 = ${formatNumber(after)} − ${paren(before)} = ${formatNumber(r.change)}.`,
    `Reliable change index: RCI = (x2 − x1) / S_diff = ${formatNumber(r.change)} / ${formatNumber(r.sDiff)} = ${formatNumber(r.rci, 2)}.`,
    `Compare: |RCI| = ${formatNumber(Math.abs(r.rci), 2)}, which is ${Math.abs(r.rci) > CRITICAL ? 'more than' : 'not more than'} ${CRITICAL}. With these values a change needs to be bigger than ${formatNumber(r.threshold, 2)} points to count as reliable.`,
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
  r: Result,
  lowerIsBetter: boolean,
): { reliable: boolean; direction: Direction; sentence: string } {
  const reliable = Math.abs(r.rci) > CRITICAL;
  const dir = direction(r.change, lowerIsBetter);
  const size = `|RCI| = ${formatNumber(Math.abs(r.rci), 2)}`;
  let sentence: string;
  if (dir === 'no change') sentence = 'Your score did not change, so there is no change to test (RCI = 0).';
  else if (!reliable)
    sentence = `Within measurement error: ${size} is not more than ${CRITICAL}, so this ${dir === 'improvement' ? 'improvement' : 'worsening'} could be the questionnaire's normal wobble. That does not mean nothing has changed for you.`;
  else if (dir === 'improvement')
    sentence = `Reliable improvement: ${size} is more than ${CRITICAL}, so a change this big is unlikely to be measurement error alone.`;
  else
    sentence = `Reliable worsening: ${size} is more than ${CRITICAL}, so a change this big is unlikely to be measurement error alone. It is worth talking about with your therapist.`;
  return { reliable, direction: dir, sentence };
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
