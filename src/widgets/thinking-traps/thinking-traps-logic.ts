/**
 * Pure logic of the thinking-trap spotter: the order of the items, the reader's progress, the score and
 * the review of missed items. No DOM access. Items are referred to by id so that saved progress survives
 * edits to the item list.
 */

import { answerById, scoreAnswers, type Score } from '../shared/score';

/** The reader's progress, as saved in this browser. */
export interface SpotterState {
  /** Seeds the shuffle, so a reload shows the same order. */
  seed: number;
  /** Position in the shuffled order; equal to the number of items on the results screen. */
  position: number;
  /** The trap the reader chose, by item id (only checked answers). */
  answers: Record<string, string>;
}

/** The smallest item facts the logic needs. */
export interface AnswerKey {
  id: string;
  distortion: string;
}

const SEED_RANGE = 2 ** 32;

/** Any number becomes a usable 32-bit seed (NaN, Infinity and negatives included). */
export function normalizeSeed(seed: number): number {
  return Number.isFinite(seed) ? ((Math.trunc(seed) % SEED_RANGE) + SEED_RANGE) % SEED_RANGE : 0;
}

/** mulberry32: a tiny, well-mixed generator, enough for shuffling a practice list. */
function random(seed: number): () => number {
  let a = normalizeSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / SEED_RANGE;
  };
}

/** The indices 0..count-1 in a shuffled order that depends only on the seed (Fisher-Yates). */
export function shuffledOrder(count: number, seed: number): number[] {
  const n = Number.isInteger(count) && count > 0 ? Math.min(count, 1000) : 0;
  const order = Array.from({ length: n }, (_, i) => i);
  const next = random(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export function freshState(seed: number): SpotterState {
  return { seed: normalizeSeed(seed), position: 0, answers: {} };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Cleans progress read from storage against the items as they are now: answers to unknown items or with
 * unknown traps are dropped, and the position is kept within range. Undefined when the value is unusable.
 */
export function parseState(
  raw: unknown,
  items: readonly AnswerKey[],
  distortionIds: readonly string[],
): SpotterState | undefined {
  if (!isRecord(raw) || typeof raw.seed !== 'number' || typeof raw.position !== 'number') return undefined;
  const saved = isRecord(raw.answers) ? raw.answers : {};
  const answers: Record<string, string> = {};
  for (const { id } of items) {
    const choice = Object.hasOwn(saved, id) ? saved[id] : undefined;
    if (typeof choice === 'string' && distortionIds.includes(choice)) answers[id] = choice;
  }
  return { seed: normalizeSeed(raw.seed), position: clampPosition(raw.position, items.length), answers };
}

/** A position from 0 (first item) to `count` (the results screen). */
export function clampPosition(position: number, count: number): number {
  if (!Number.isFinite(position)) return 0;
  return Math.min(Math.max(Math.trunc(position), 0), Math.max(count, 0));
}

export function score(answers: Record<string, string>, items: readonly AnswerKey[]): Score {
  return scoreAnswers(
    items,
    ({ id }) => answerById(answers, id),
    (answer, { distortion }) => answer === distortion,
  );
}

/** Items not answered correctly, in the order the reader met them, with what they chose (null: skipped). */
export function missedItems<T extends AnswerKey>(
  answers: Record<string, string>,
  items: readonly T[],
  order: readonly number[],
): { item: T; choice: string | null }[] {
  return order
    .filter((i) => items[i] !== undefined)
    .map((i) => ({ item: items[i], choice: Object.hasOwn(answers, items[i].id) ? answers[items[i].id] : null }))
    .filter(({ item, choice }) => choice !== item.distortion);
}

/** The words shown and announced after checking an answer (never colour alone). */
export function verdict(choiceName: string, correctName: string): string {
  return choiceName === correctName
    ? `Correct: ${correctName}.`
    : `Not quite. You chose ${choiceName}; this is mainly ${correctName}.`;
}

export function progressSentence({ answered, correct, total }: Score): string {
  return `${answered} of ${total} checked, ${correct} correct.`;
}

export function resultSentence({ answered, correct, total }: Score): string {
  const skipped = total - answered;
  const skippedNote = skipped > 0 ? ` You skipped ${skipped}.` : '';
  return `You spotted ${correct} of ${total} thinking traps.${skippedNote}${correct === total ? ' Well done.' : ''}`;
}
