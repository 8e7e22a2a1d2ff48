import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampIndex, indexForKey, indexFromHash, wrapIndex } from '../../../src/widgets/life-stages/life-stages-logic';
import { must } from '../../../src/lib/required';

describe('life-stages tab keys', () => {
  it('wraps arrow keys around both ends', () => {
    expect(indexForKey('ArrowRight', 0, 8)).toBe(1);
    expect(indexForKey('ArrowRight', 7, 8)).toBe(0);
    expect(indexForKey('ArrowLeft', 0, 8)).toBe(7);
    expect(indexForKey('ArrowLeft', 5, 8)).toBe(4);
  });

  it('jumps to the ends with Home and End', () => {
    expect(indexForKey('Home', 5, 8)).toBe(0);
    expect(indexForKey('End', 2, 8)).toBe(7);
  });

  it('leaves other keys to the browser', () => {
    for (const key of ['Tab', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'a', ''])
      expect(indexForKey(key, 3, 8)).toBeUndefined();
  });

  it('wraps and clamps indices', () => {
    expect(wrapIndex(-1, 8)).toBe(7);
    expect(wrapIndex(17, 8)).toBe(1);
    expect(clampIndex(-4, 8)).toBe(0);
    expect(clampIndex(99, 8)).toBe(7);
    expect(clampIndex(Infinity, 8)).toBe(7);
    for (const junk of [Number.NaN, Infinity, -Infinity]) expect(wrapIndex(junk, 8)).toBe(0);
    for (const count of [0, -3, Number.NaN, 2.5, Infinity]) {
      expect(wrapIndex(3, count)).toBe(0);
      expect(clampIndex(3, count)).toBe(0);
    }
  });

  it('opens the stage a link names', () => {
    expect(indexFromHash('#life-stage-4', 8)).toBe(3);
    expect(indexFromHash('#life-stage-99', 8)).toBe(7);
    expect(indexFromHash('#life-stage-0', 8)).toBe(0);
    for (const other of [
      '',
      '#',
      '#references',
      '#life-stage-',
      '#life-stage-1x',
      '#life-stage-1234',
      'x'.repeat(10_000),
    ]) {
      expect(indexFromHash(other, 8)).toBeUndefined();
    }
  });

  it('always lands on a real tab, whatever the input', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -1e308),
    );
    fc.assert(
      fc.property(fc.string(), anyNumber, fc.integer({ min: 1, max: 20 }), (key, current, count) => {
        for (const index of [
          indexForKey(key, current, count),
          wrapIndex(current, count),
          clampIndex(current, count),
          indexFromHash(key, count),
        ]) {
          if (index === undefined) continue;
          expect(Number.isInteger(index)).toBe(true);
          expect(index).toBeGreaterThanOrEqual(0);
          expect(index).toBeLessThan(count);
        }
      }),
    );
  });

  it('moves one step per arrow key and comes back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(), (count, start) => {
        const from = start % count;
        expect(indexForKey('ArrowLeft', must(indexForKey('ArrowRight', from, count)), count)).toBe(from);
      }),
    );
  });
});
