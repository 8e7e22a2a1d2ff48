/** Pure logic of the self-check quiz: answers, feedback and score. No DOM access. */
import { letter } from '../shared/letter';
import { scoreAnswers, type Score } from '../shared/score';

/** The reader's choice per question: an option index, or null while unanswered. */
export type Answers = (number | null)[];

export function emptyAnswers(questionCount: number): Answers {
  const n = Number.isInteger(questionCount) && questionCount > 0 ? Math.min(questionCount, 100) : 0;
  return Array.from({ length: n }, () => null);
}

/**
 * Cleans answers read from storage against the quiz as it is now (questions may have changed since):
 * anything that is not a valid option index becomes unanswered. Returns undefined for unusable data.
 */
export function parseAnswers(raw: unknown, optionCounts: number[]): Answers | undefined {
  if (!Array.isArray(raw) || raw.length !== optionCounts.length) return undefined;
  return raw.map((value, i) =>
    Number.isInteger(value) && value >= 0 && value < optionCounts[i] ? (value as number) : null,
  );
}

export function score(answers: Answers, correctAnswers: number[]): Score {
  return scoreAnswers(
    correctAnswers,
    (_, i) => answers[i] ?? undefined,
    (choice, right) => choice === right,
  );
}

/** The words shown after answering (never colour alone). */
export function feedback(choice: number, correctIndex: number, correctText: string): string {
  return choice === correctIndex ? 'Correct.' : `Not quite. The answer is ${letter(correctIndex)}: ${correctText}`;
}

/** The sentence read out by the live region. */
export function scoreSentence({ answered, correct, total }: Score): string {
  if (answered === 0) return '';
  if (answered < total) return `${answered} of ${total} answered, ${correct} correct so far.`;
  return `You got ${correct} of ${total} right.${correct === total ? ' Well done.' : ' Read the explanations, then try again if you like.'}`;
}
