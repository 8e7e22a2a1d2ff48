/** Scoring shared by the explainers that ask questions (quiz, thinking traps, empathic replies, spot the factor). */

/** How a reader did: how many items they answered, how many of those were right, and of how many. */
export interface Score {
  answered: number;
  correct: number;
  total: number;
}

/**
 * Scores items against the reader's answers: `answerOf` gives an item's answer, or undefined while it is
 * unanswered, and `isCorrect` marks a given answer.
 */
export function scoreAnswers<Item, Answer>(
  items: readonly Item[],
  answerOf: (item: Item, index: number) => Answer | undefined,
  isCorrect: (answer: Answer, item: Item) => boolean,
): Score {
  let answered = 0;
  let correct = 0;
  items.forEach((item, index) => {
    const answer = answerOf(item, index);
    if (answer === undefined) return;
    answered += 1;
    if (isCorrect(answer, item)) correct += 1;
  });
  return { answered, correct, total: items.length };
}

/** The answer stored under `id`, or undefined; own keys only, so saved data cannot reach the prototype. */
export const answerById = <Answer>(answers: Readonly<Record<string, Answer>>, id: string): Answer | undefined =>
  Object.hasOwn(answers, id) ? answers[id] : undefined;
