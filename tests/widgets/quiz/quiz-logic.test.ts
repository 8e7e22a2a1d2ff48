import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIZ_MESSAGES } from '../../../src/i18n/strings/quiz-messages';
import { emptyAnswers, feedback, parseAnswers, score, scoreSentence } from '../../../src/widgets/quiz/quiz-logic';

const words = QUIZ_MESSAGES.en;

describe('quiz logic', () => {
  it('scores answered and correct questions', () => {
    expect(score([1, null, 0], [1, 2, 2])).toEqual({ answered: 2, correct: 1, total: 3 });
  });

  it('gives feedback in words, naming the right answer when wrong', () => {
    expect(feedback(words, 1, 1, 'Empathy')).toBe('Correct.');
    expect(feedback(words, 0, 2, 'The alliance')).toBe('Not quite. The answer is C: The alliance');
  });

  it("speaks the page's language", () => {
    expect(feedback(QUIZ_MESSAGES.es, 0, 2, 'La alianza')).toBe('No exactamente. La respuesta es la C: La alianza');
    expect(scoreSentence(QUIZ_MESSAGES.es, { answered: 3, correct: 2, total: 3 })).toBe(
      'Acertó 2 de 3. Lea las explicaciones y, si quiere, vuelva a intentarlo.',
    );
  });

  it('summarises progress and the final score', () => {
    expect(scoreSentence(words, { answered: 0, correct: 0, total: 3 })).toBe('');
    expect(scoreSentence(words, { answered: 1, correct: 1, total: 3 })).toBe('1 of 3 answered, 1 correct so far.');
    expect(scoreSentence(words, { answered: 3, correct: 3, total: 3 })).toMatch(/^You got 3 of 3 right\. Well done\./);
  });

  it('never produces an impossible saved state from hostile input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 6 }), (raw, optionCounts) => {
        const parsed = parseAnswers(raw, optionCounts);
        if (parsed === undefined) return;
        expect(parsed).toHaveLength(optionCounts.length);
        parsed.forEach((choice, i) => {
          if (choice !== null) {
            expect(Number.isInteger(choice)).toBe(true);
            expect(choice).toBeGreaterThanOrEqual(0);
            expect(choice).toBeLessThan(optionCounts[i]);
          }
        });
      }),
    );
  });

  it('keeps a score within bounds for any answers', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 8 }))), (answers) => {
        const correct = answers.map(() => 1);
        const s = score(answers, correct);
        expect(s.correct).toBeLessThanOrEqual(s.answered);
        expect(s.answered).toBeLessThanOrEqual(s.total);
      }),
    );
  });

  it('makes empty answer lists of sane length for odd counts', () => {
    expect(emptyAnswers(3)).toEqual([null, null, null]);
    for (const n of [-1, Number.NaN, 2.5, Infinity]) expect(emptyAnswers(n)).toEqual([]);
    expect(emptyAnswers(1e9)).toHaveLength(100);
  });
});
