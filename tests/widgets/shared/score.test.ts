import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerById, scoreAnswers } from '../../../src/widgets/shared/score';

describe('scoreAnswers', () => {
  it('counts answered and correct items, skipping the unanswered', () => {
    const key = [
      { id: 'a', right: 1 },
      { id: 'b', right: 2 },
      { id: 'c', right: 0 },
    ];
    const answers: Record<string, number> = { a: 1, b: 0 };
    expect(
      scoreAnswers(
        key,
        ({ id }) => answerById(answers, id),
        (answer, { right }) => answer === right,
      ),
    ).toEqual({ answered: 2, correct: 1, total: 3 });
  });

  it('passes each item its position', () => {
    expect(
      scoreAnswers(
        ['x', 'y'],
        (_, i) => (i === 1 ? 'y' : undefined),
        (answer, item) => answer === item,
      ),
    ).toEqual({ answered: 1, correct: 1, total: 2 });
  });

  it('keeps correct <= answered <= total for any answers', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.boolean(), { nil: undefined })), (marks) => {
        const s = scoreAnswers(
          marks,
          (mark) => mark,
          (mark) => mark,
        );
        expect(s.total).toBe(marks.length);
        expect(s.answered).toBe(marks.filter((m) => m !== undefined).length);
        expect(s.correct).toBe(marks.filter((m) => m === true).length);
      }),
    );
  });
});

describe('answerById', () => {
  it('reads own keys only, so saved data cannot reach the prototype', () => {
    const answers = JSON.parse('{"a": 1, "__proto__": {"b": 2}}') as Record<string, number>;
    expect(answerById(answers, 'a')).toBe(1);
    expect(answerById(answers, 'b')).toBeUndefined();
    expect(answerById(answers, 'toString')).toBeUndefined();
  });
});
