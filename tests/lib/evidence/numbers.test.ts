import { describe, expect, it } from 'vitest';
import { isYear, lastDigitUnit, parseNumber } from '../../../src/lib/evidence/numbers';
import { figuresInText } from '../../../src/lib/evidence/source-figures';

describe('parseNumber', () => {
  it.each([
    ['1,314', 1314],
    ['.278', 0.278],
    ['0.278', 0.278],
    ['12', 12],
    ['twelve', 12],
    ['twenty-five', 25],
    ['Ninety', 90],
    ['a dozen', 12],
    ['lots', NaN],
  ])('%s -> %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe('lastDigitUnit: what "about" may round away', () => {
  it.each([
    ['75', 1],
    ['19.7', 0.1],
    ['.28', 0.01],
    ['0.50', 0.01],
    ['300', 100],
    ['30,000', 10_000],
    ['2,400', 100],
    ['6,146', 1],
    ['0', 1],
    ['half', Infinity],
  ])('%s -> %d', (text, unit) => {
    expect(lastDigitUnit(text)).toBe(unit);
  });
});

describe('isYear', () => {
  it('reads 1800-2099 without a comma as a year', () => {
    expect(['1800', '1957', '2018', '2099'].every(isYear)).toBe(true);
    expect(['1799', '2100', '2,018', '201', '2018.5'].some(isYear)).toBe(false);
  });
});

describe('figuresInText: the numbers a source states', () => {
  it('reads digits, signs, percentages, ranges of percentages, words and shares', () => {
    const figures = figuresInText(
      '295 studies, more than 30,000 patients, r = .278, g = -0.31, 45-55% improved, 19.7 percent dropped out, twelve sessions, one in five, about half',
    );
    expect(figures).toEqual(
      expect.arrayContaining([
        { value: 295, percent: false },
        { value: 30000, percent: false },
        { value: 0.278, percent: false },
        { value: -0.31, percent: false },
        { value: 45, percent: true },
        { value: 55, percent: true },
        { value: 19.7, percent: true },
        { value: 12, percent: false },
        { value: 20, percent: true },
        { value: 50, percent: true },
      ]),
    );
    // A range dash is not a minus sign.
    expect(figures).not.toContainEqual({ value: -55, percent: true });
  });
});
