/**
 * The words the self-check quiz's script shows, per language. The quiz's code loads only when a reader
 * scrolls near it, and its words load with it: carried in the page instead, they would cost every
 * article's first view about 150 bytes (tests/site/budgets.test.ts). `{name}` slots: see ../format.ts.
 */
import type { Lang } from '../languages.mjs';

export interface QuizMessages {
  correct: string;
  /** `{letter}`, `{text}`: the right option. */
  wrong: string;
  /** `{answered}`, `{total}`, `{correct}`. */
  progress: string;
  /** `{correct}`, `{total}`. */
  done: string;
  allRight: string;
  notAllRight: string;
}

export const QUIZ_MESSAGES: Record<Lang, QuizMessages> = {
  en: {
    correct: 'Correct.',
    wrong: 'Not quite. The answer is {letter}: {text}',
    progress: '{answered} of {total} answered, {correct} correct so far.',
    done: 'You got {correct} of {total} right.',
    allRight: 'Well done.',
    notAllRight: 'Read the explanations, then try again if you like.',
  },
  es: {
    correct: 'Correcto.',
    wrong: 'No exactamente. La respuesta es la {letter}: {text}',
    progress: 'Ha respondido {answered} de {total}; aciertos hasta ahora: {correct}.',
    done: 'Acertó {correct} de {total}.',
    allRight: '¡Muy bien!',
    notAllRight: 'Lea las explicaciones y, si quiere, vuelva a intentarlo.',
  },
};
