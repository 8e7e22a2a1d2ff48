import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_CHOSEN,
  parseChosen,
  statusSentence,
  toggle,
} from '../../../src/widgets/compare-approaches/compare-approaches-logic';

const ids = ['approaches/cbt', 'approaches/dbt', 'approaches/act', 'approaches/ipt'];

describe('compare approaches logic', () => {
  it('adds and removes approaches when ticked and unticked', () => {
    expect(toggle([], 'approaches/cbt', true)).toEqual({ chosen: ['approaches/cbt'], refused: false });
    expect(toggle(['approaches/cbt', 'approaches/dbt'], 'approaches/cbt', false)).toEqual({
      chosen: ['approaches/dbt'],
      refused: false,
    });
    expect(toggle(['approaches/cbt'], 'approaches/cbt', true).chosen).toEqual(['approaches/cbt']);
  });

  it('turns away a fourth approach and says why', () => {
    const result = toggle(ids.slice(0, 3), 'approaches/ipt', true);
    expect(result).toEqual({ chosen: ids.slice(0, 3), refused: true });
    expect(statusSentence(['CBT', 'DBT', 'ACT'], true)).toBe(
      'You can compare up to 3 approaches at a time. Untick one to choose another.',
    );
  });

  it('describes the choice in words', () => {
    expect(statusSentence([], false)).toMatch(/^Nothing chosen\./);
    expect(statusSentence(['CBT'], false)).toBe('CBT chosen. Tick one or two more to compare.');
    expect(statusSentence(['CBT', 'DBT'], false)).toBe('Comparing CBT and DBT.');
    expect(statusSentence(['CBT', 'DBT', 'ACT'], false)).toBe('Comparing CBT, DBT and ACT.');
  });

  it('keeps only known, distinct ids from a saved selection, at most three', () => {
    expect(parseChosen(['approaches/cbt', 'approaches/gone', 'approaches/cbt', 7, 'approaches/dbt'], ids)).toEqual([
      'approaches/cbt',
      'approaches/dbt',
    ]);
    expect(parseChosen(ids, ids)).toEqual(ids.slice(0, 3));
    for (const junk of [null, 'approaches/cbt', { 0: 'approaches/cbt' }, 3, undefined])
      expect(parseChosen(junk, ids)).toBeUndefined();
  });

  it('never yields an impossible selection from any saved value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(fc.oneof(fc.constantFrom(...ids), fc.string()))), (raw) => {
        const parsed = parseChosen(raw, ids);
        if (parsed === undefined) return;
        expect(parsed.length).toBeLessThanOrEqual(MAX_CHOSEN);
        expect(new Set(parsed).size).toBe(parsed.length);
        parsed.forEach((id) => expect(ids).toContain(id));
      }),
    );
  });

  it('keeps any sequence of ticks and unticks within the rules', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), fc.boolean()), { maxLength: 40 }), (clicks) => {
        let chosen: string[] = [];
        for (const [id, on] of clicks) {
          const result = toggle(chosen, id, on);
          expect(result.refused).toBe(on && !chosen.includes(id) && chosen.length === MAX_CHOSEN);
          chosen = result.chosen;
          expect(chosen.length).toBeLessThanOrEqual(MAX_CHOSEN);
          expect(new Set(chosen).size).toBe(chosen.length);
          if (!on) expect(chosen).not.toContain(id);
          if (on && !result.refused) expect(chosen).toContain(id);
        }
      }),
    );
  });
});
