/**
 * Pure logic of the empathic-responses exercise: saved choices, feedback and score. No DOM access.
 * Choices are kept by statement id, so saved answers survive edits to the list of statements.
 */
import { letter } from '../shared/letter';

import { answerById, scoreAnswers, type Score } from '../shared/score';

/** The reply the reader chose (0-based), by statement id; only checked choices are kept. */
export type Choices = Record<string, number>;

/** The smallest facts about a statement the logic needs. */
export interface StatementKey {
  id: string;
  replyCount: number;
  /** Index of the most empathic reply. */
  best: number;
}

/**
 * Cleans choices read from storage against the statements as they are now: unknown statements and
 * impossible reply numbers are dropped. Undefined when the value is not a set of choices at all.
 */
export function parseChoices(raw: unknown, statements: readonly StatementKey[]): Choices | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const saved = raw as Record<string, unknown>;
  const choices: Choices = {};
  for (const { id, replyCount } of statements) {
    const choice = Object.hasOwn(saved, id) ? saved[id] : undefined;
    if (Number.isInteger(choice) && (choice as number) >= 0 && (choice as number) < replyCount)
      choices[id] = choice as number;
  }
  return choices;
}

export function score(choices: Choices, statements: readonly StatementKey[]): Score {
  return scoreAnswers(
    statements,
    ({ id }) => answerById(choices, id),
    (choice, { best }) => choice === best,
  );
}

/** The words shown and announced after a choice (never colour alone). */
export function verdict(choice: number, best: number, choiceKind: string): string {
  return choice === best
    ? `Yes: ${letter(best)} is the most empathic reply.`
    : `Not the most empathic. You chose ${letter(choice)} (${choiceKind.toLowerCase()}); the most empathic is ${letter(best)}.`;
}

/** Which parts of empathy a reply shows and misses, as one line. */
export function partsLine(shows: readonly string[], misses: readonly string[]): string {
  const list = (parts: readonly string[]) => (parts.length ? parts.join(', ') : 'none clearly');
  return `Shows: ${list(shows)}. Misses: ${misses.length ? misses.join(', ') : 'nothing important'}.`;
}

export function scoreSentence({ answered, correct, total }: Score): string {
  if (answered === 0) return '';
  if (answered < total) return `${answered} of ${total} answered, ${correct} most empathic so far.`;
  return `You picked the most empathic reply ${correct} of ${total} times.${correct === total ? ' Well done.' : ' Read the notes on the others, then start again if you like.'}`;
}
