/**
 * Pure logic of "Spot the factor": cleaning saved answers, marking each line, the score. No DOM. The words
 * come in as a parameter, in the page's language (src/i18n/strings/), with its locale for lists.
 */
import { fill, type Localized } from '../../i18n/format';
import type { Strings } from '../../i18n/strings/en';
import { answerById, scoreAnswers, type Score } from '../shared/score';

/** The words the script shows after "Check". */
export type SpotTheFactorWords = Localized<Strings['spotTheFactor']['messages']>;

/** What a reader can say a line shows; "none" is a real answer, since many lines show no factor. */
export const FACTOR_IDS = [
  'empathy',
  'collaboration',
  'positive-regard',
  'genuineness',
  'mentalizing',
  'rupture-repair',
  'none',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

/** The reader's answer per line id; a line without an entry is unanswered. */
export type Picks = Record<string, FactorId>;

export interface SpotState {
  picks: Picks;
  /** Whether the reader has pressed "Check", so the annotations show again after a reload. */
  checked: boolean;
}

/** What the scoring needs to know about a line: the factor(s) it was written to show (empty: none). */
export interface KeyLine {
  id: string;
  factors: readonly string[];
}

const isFactorId = (value: unknown): value is FactorId => (FACTOR_IDS as readonly unknown[]).includes(value);

/**
 * Cleans saved answers against the excerpts as they are now: unknown lines and unknown factors are
 * dropped. Undefined when the value is not an object with a `picks` object.
 */
export function parseState(raw: unknown, lineIds: readonly string[]): SpotState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { picks, checked } = raw as Record<string, unknown>;
  if (typeof picks !== 'object' || picks === null || Array.isArray(picks)) return undefined;
  const entries = lineIds.flatMap((id) => {
    const value = Object.hasOwn(picks, id) ? (picks as Record<string, unknown>)[id] : undefined;
    return isFactorId(value) ? [[id, value] as const] : [];
  });
  return { picks: Object.fromEntries(entries), checked: checked === true };
}

/** A pick is right when it names one of the line's factors, or "none" for a line that shows none. */
export function isRight(pick: FactorId | undefined, factors: readonly string[]): boolean {
  if (pick === undefined) return false;
  return factors.length === 0 ? pick === 'none' : factors.includes(pick);
}

export function score(picks: Picks, lines: readonly KeyLine[]): Score {
  return scoreAnswers(
    lines,
    ({ id }) => answerById(picks, id),
    (pick, { factors }) => isRight(pick, factors),
  );
}

/** The sentence read out by the live region after "Check". */
export function scoreSentence(words: SpotTheFactorWords, { answered, correct, total }: Score): string {
  const blank = total - answered;
  return fill(words.score, { correct, total, blank: blank ? fill(words.blank, { count: blank }) : '' });
}

/** Factor names as a list in the page's language ("Empathy and Collaboration"); `none` when there are none. */
export function factorList(
  ids: readonly string[],
  labels: Readonly<Record<string, string>>,
  locale: string,
  none: string,
): string {
  if (ids.length === 0) return none;
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(ids.map((id) => labels[id] ?? id));
}

/** The words shown under a line after "Check" (never colour alone). */
export function lineFeedback(
  words: SpotTheFactorWords,
  pick: FactorId | undefined,
  factors: readonly string[],
  labels: Readonly<Record<string, string>>,
): string {
  const named = (ids: readonly string[]) => factorList(ids, labels, words.locale, words.noneOfTheFactors);
  const shows = named(factors);
  if (pick === undefined) return fill(words.notAnswered, { shows });
  if (isRight(pick, factors)) return fill(words.right, { shows });
  return fill(words.wrong, { chosen: named(pick === 'none' ? [] : [pick]), shows });
}
