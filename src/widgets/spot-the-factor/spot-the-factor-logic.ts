/** Pure logic of "Spot the factor": cleaning saved answers, marking each line, the score. No DOM. */
import { answerById, scoreAnswers, type Score } from '../shared/score';

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
export function scoreSentence({ answered, correct, total }: Score): string {
  const blank = total - answered;
  const skipped = blank ? ` (${blank} left blank)` : '';
  return `You matched ${correct} of ${total} lines${skipped}. Each line now shows what it was written to show.`;
}

const named = (ids: readonly string[], labels: Readonly<Record<string, string>>) =>
  ids.length === 0 ? 'none of the factors' : ids.map((id) => labels[id] ?? id).join(' and ');

/** The words shown under a line after "Check" (never colour alone). */
export function lineFeedback(
  pick: FactorId | undefined,
  factors: readonly string[],
  labels: Readonly<Record<string, string>>,
): string {
  const intended = named(factors, labels);
  if (pick === undefined) return `Not answered. This line shows ${intended}.`;
  if (isRight(pick, factors)) return `Right: this line shows ${intended}.`;
  return `Not quite: you chose ${named(pick === 'none' ? [] : [pick], labels)}; this line shows ${intended}.`;
}
