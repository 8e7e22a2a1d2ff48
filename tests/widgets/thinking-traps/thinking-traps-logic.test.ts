import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampPosition,
  freshState,
  missedItems,
  normalizeSeed,
  parseState,
  progressSentence,
  resultSentence,
  score,
  shuffledOrder,
  verdict,
} from '../../../src/widgets/thinking-traps/thinking-traps-logic';

const traps = ['catastrophizing', 'labeling', 'mind-reading'];
const items = [
  { id: 'a', distortion: 'catastrophizing' },
  { id: 'b', distortion: 'labeling' },
  { id: 'c', distortion: 'mind-reading' },
];
const isPermutation = (order: number[], n: number) =>
  [...order].sort((x, y) => x - y).every((v, i) => v === i) && order.length === n;

/** Numbers a broken or tampered save could hold. */
const hostileNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 1e308, 2 ** 53, -0),
);

describe('thinking-trap order', () => {
  it('is the same for the same seed and a permutation of every item', () => {
    expect(shuffledOrder(24, 42)).toEqual(shuffledOrder(24, 42));
    expect(isPermutation(shuffledOrder(24, 42), 24)).toBe(true);
    expect(shuffledOrder(24, 42)).not.toEqual(shuffledOrder(24, 43));
  });

  it('is always a permutation, whatever the count and seed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -5, max: 60 }), hostileNumber), hostileNumber, (count, seed) => {
        const order = shuffledOrder(count, seed);
        const expected = Number.isInteger(count) && count > 0 ? Math.min(count, 1000) : 0;
        expect(isPermutation(order, expected)).toBe(true);
      }),
    );
  });

  it('turns any seed into a 32-bit unsigned integer', () => {
    fc.assert(
      fc.property(hostileNumber, (seed) => {
        const s = normalizeSeed(seed);
        expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
      }),
    );
  });
});

describe('thinking-trap progress', () => {
  it('keeps valid saved progress as it was', () => {
    const saved = { seed: 7, position: 2, answers: { a: 'catastrophizing', b: 'mind-reading' } };
    expect(parseState(saved, items, traps)).toEqual(saved);
  });

  it('drops answers to removed items or unknown traps and clamps the position', () => {
    const saved = { seed: -1, position: 99, answers: { a: 'nonsense', gone: 'labeling', c: 'labeling' } };
    expect(parseState(saved, items, traps)).toEqual({ seed: 2 ** 32 - 1, position: 3, answers: { c: 'labeling' } });
  });

  it('rejects values that are not progress at all', () => {
    for (const junk of [null, undefined, 'text', 3, [], [1, 2], { seed: '1', position: 0 }, { position: 0 }]) {
      expect(parseState(junk, items, traps)).toBeUndefined();
    }
  });

  it('never throws or yields an impossible state from any saved value', () => {
    const savedLike = fc.record(
      {
        seed: fc.oneof(hostileNumber, fc.anything()),
        position: fc.oneof(hostileNumber, fc.anything()),
        answers: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())),
      },
      { requiredKeys: [] },
    );
    const hostile = fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true }), savedLike);
    fc.assert(
      fc.property(hostile, (raw) => {
        const state = parseState(raw, items, traps);
        if (state === undefined) return;
        expect(Number.isInteger(state.seed) && state.seed >= 0 && state.seed < 2 ** 32).toBe(true);
        expect(Number.isInteger(state.position) && state.position >= 0 && state.position <= items.length).toBe(true);
        for (const [id, choice] of Object.entries(state.answers)) {
          expect(items.map((i) => i.id)).toContain(id);
          expect(traps).toContain(choice);
        }
      }),
    );
  });

  it('ignores prototype tricks in saved answers', () => {
    const raw = JSON.parse('{"seed":1,"position":0,"answers":{"__proto__":{"a":"labeling"},"constructor":"labeling"}}');
    expect(parseState(raw, items, traps)?.answers).toEqual({});
  });

  it('clamps positions to the items and the results screen', () => {
    expect(clampPosition(2.7, 3)).toBe(2);
    expect(clampPosition(-4, 3)).toBe(0);
    expect(clampPosition(Number.NaN, 3)).toBe(0);
    expect(clampPosition(Infinity, 3)).toBe(0);
    expect(clampPosition(5, 3)).toBe(3);
    expect(clampPosition(1, -2)).toBe(0);
  });

  it('starts fresh at the first item with no answers', () => {
    expect(freshState(5)).toEqual({ seed: 5, position: 0, answers: {} });
  });
});

describe('thinking-trap score and review', () => {
  it('counts checked and correct answers', () => {
    expect(score({ a: 'catastrophizing', b: 'mind-reading' }, items)).toEqual({ answered: 2, correct: 1, total: 3 });
  });

  it('keeps the score within bounds for any answers', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('a', 'b', 'c', 'x', '__proto__', 'toString'),
          fc.oneof(fc.constantFrom(...traps), fc.string({ maxLength: 10_000 })),
        ),
        (answers) => {
          const s = score(answers, items);
          expect(s.correct).toBeGreaterThanOrEqual(0);
          expect(s.correct).toBeLessThanOrEqual(s.answered);
          expect(s.answered).toBeLessThanOrEqual(s.total);
          expect(s.total).toBe(items.length);
        },
      ),
    );
  });

  it('lists missed and skipped items in the order the reader met them', () => {
    const missed = missedItems({ a: 'labeling', b: 'labeling' }, items, [2, 1, 0]);
    expect(missed.map(({ item, choice }) => [item.id, choice])).toEqual([
      ['c', null],
      ['a', 'labeling'],
    ]);
  });

  it('never lists a correct answer or an item outside the list', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.constantFrom(...traps)),
        fc.array(fc.integer({ min: -2, max: 5 })),
        (answers, order) => {
          for (const { item, choice } of missedItems(answers, items, order)) {
            expect(items).toContain(item);
            expect(choice).not.toBe(item.distortion);
          }
        },
      ),
    );
  });

  it('says in words whether the answer was right, naming the right trap', () => {
    expect(verdict('Labeling', 'Labeling')).toBe('Correct: Labeling.');
    expect(verdict('Mind reading', 'Labeling')).toBe('Not quite. You chose Mind reading; this is mainly Labeling.');
  });

  it('summarises progress and the result', () => {
    expect(progressSentence({ answered: 2, correct: 1, total: 24 })).toBe('2 of 24 checked, 1 correct.');
    expect(resultSentence({ answered: 24, correct: 24, total: 24 })).toBe(
      'You spotted 24 of 24 thinking traps. Well done.',
    );
    expect(resultSentence({ answered: 20, correct: 15, total: 24 })).toBe(
      'You spotted 15 of 24 thinking traps. You skipped 4.',
    );
  });
});
