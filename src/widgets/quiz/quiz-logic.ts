/** Pure logic of the self-check quiz: answers, feedback and score. No DOM access. */
import { fill } from '../../i18n/format';
import type { QuizMessages } from '../../i18n/strings/quiz-messages';
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
export function feedback(words: QuizMessages, choice: number, correctIndex: number, correctText: string): string {
  return choice === correctIndex
    ? words.correct
    : fill(words.wrong, { letter: letter(correctIndex), text: correctText });
}

/** The sentence read out by the live region. */
export function scoreSentence(words: QuizMessages, { answered, correct, total }: Score): string {
  if (answered === 0) return '';
  if (answered < total) return fill(words.progress, { answered, total, correct });
  return `${fill(words.done, { correct, total })} ${correct === total ? words.allRight : words.notAllRight}`;
}
