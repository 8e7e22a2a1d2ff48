import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseChoices,
  partsLine,
  score,
  scoreSentence,
  verdict,
} from '../../../src/widgets/empathic-responses/empathic-responses-logic';
import { must } from '../../../src/lib/required';

const statements = [
  { id: 'priya', replyCount: 4, best: 2 },
  { id: 'daniel', replyCount: 4, best: 3 },
  { id: 'rosa', replyCount: 4, best: 0 },
];

describe('empathic-responses choices', () => {
  it('keeps valid saved choices', () => {
    expect(parseChoices({ priya: 2, rosa: 1 }, statements)).toEqual({ priya: 2, rosa: 1 });
  });

  it('drops unknown statements and impossible reply numbers', () => {
    expect(parseChoices({ priya: 4, daniel: -1, rosa: 1.5, gone: 1 }, statements)).toEqual({});
    expect(parseChoices({ priya: '2', daniel: 3 }, statements)).toEqual({ daniel: 3 });
  });

  it('rejects values that are not a set of choices', () => {
    for (const junk of [null, undefined, 'x', 7, [], [1, 2]]) expect(parseChoices(junk, statements)).toBeUndefined();
  });

  it('ignores prototype tricks', () => {
    expect(parseChoices(JSON.parse('{"__proto__":{"priya":2},"constructor":1}'), statements)).toEqual({});
  });

  it('never throws or yields an impossible choice from any saved value', () => {
    const hostileValue = fc.oneof(
      fc.anything(),
      fc.double(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, 4, 3),
      fc.string({ maxLength: 10_000 }),
    );
    const savedLike = fc.dictionary(
      fc.oneof(fc.constantFrom('priya', 'daniel', 'rosa', '__proto__', 'toString'), fc.string()),
      hostileValue,
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true }), savedLike), (raw) => {
        const choices = parseChoices(raw, statements);
        if (choices === undefined) return;
        for (const [id, choice] of Object.entries(choices)) {
          const statement = statements.find((s) => s.id === id);
          expect(statement).toBeDefined();
          expect(Number.isInteger(choice) && choice >= 0 && choice < must(statement).replyCount).toBe(true);
        }
      }),
    );
  });
});

describe('empathic-responses score and feedback', () => {
  it('counts answered and most-empathic choices', () => {
    expect(score({ priya: 2, daniel: 0 }, statements)).toEqual({ answered: 2, correct: 1, total: 3 });
  });

  it('keeps the score within bounds for any choices', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('priya', 'daniel', 'rosa', 'other', 'valueOf'), fc.integer({ min: -3, max: 8 })),
        (choices) => {
          const s = score(choices, statements);
          expect(s.correct).toBeGreaterThanOrEqual(0);
          expect(s.correct).toBeLessThanOrEqual(s.answered);
          expect(s.answered).toBeLessThanOrEqual(s.total);
        },
      ),
    );
  });

  it('says in words whether the choice was the most empathic, naming the right one', () => {
    expect(verdict(2, 2, 'Empathic')).toBe('Yes: C is the most empathic reply.');
    expect(verdict(0, 2, 'Advice-giving')).toBe(
      'Not the most empathic. You chose A (advice-giving); the most empathic is C.',
    );
  });

  it('names the parts a reply shows and misses', () => {
    expect(partsLine(['compassion'], ['attuned mirroring', 'affective sharing'])).toBe(
      'Shows: compassion. Misses: attuned mirroring, affective sharing.',
    );
    expect(partsLine([], [])).toBe('Shows: none clearly. Misses: nothing important.');
  });

  it('summarises progress and the final score', () => {
    expect(scoreSentence({ answered: 0, correct: 0, total: 7 })).toBe('');
    expect(scoreSentence({ answered: 2, correct: 1, total: 7 })).toBe('2 of 7 answered, 1 most empathic so far.');
    expect(scoreSentence({ answered: 7, correct: 7, total: 7 })).toMatch(
      /^You picked the most empathic reply 7 of 7 times\. Well done\./,
    );
  });

  it('never writes an impossible sentence', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(50), (a, b, c) => {
        const [correct, answered, total] = [a, b, c].sort((x, y) => x - y);
        expect(scoreSentence({ answered, correct, total })).not.toMatch(/NaN|undefined|Infinity/);
      }),
    );
  });
});
