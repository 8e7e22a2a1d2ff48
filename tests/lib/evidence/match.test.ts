import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backs } from '../../../src/lib/evidence/match';
import type { Hedge } from '../../../src/lib/evidence/match';
import { lastDigitUnit } from '../../../src/lib/evidence/numbers';
import { extractStatistics } from '../../../src/lib/evidence/statistics';
import { figuresInText } from '../../../src/lib/evidence/source-figures';

/** Is the single statistic in `article` backed by a figure in the source text? */
function backedBy(article: string, source: string): boolean {
  const [stat, ...rest] = extractStatistics(article);
  expect(stat, `no statistic found in "${article}"`).toBeDefined();
  expect(rest).toEqual([]);
  return figuresInText(source).some((figure) => backs(stat, figure));
}

describe('the matching rule: the examples of docs/numbers-rule.md', () => {
  it.each([
    // Unhedged figures must equal a source figure as numbers.
    ['r = .278', 'alliance-outcome r = 0.278', true],
    ['N = 1,314', 'N = 1314 adults', true],
    ['75%', 'better off than 75 percent of controls', true],
    ['19.7%', '19.7% all-cause dropout', true],
    ['20%', '19.7% all-cause dropout', false],
    ['r = .28', 'r = .278', false],
    // Hedged: within half a unit of the last significant digit and within 10%.
    ['about 300 studies', '295 independent studies', true],
    ['about 75%', '74.6% of clients', true],
    ['about 75%', '72% of clients', false],
    ['r = about .28', 'r = .278', true],
    ['about 20%', '19.7% all-cause dropout', true],
    ['about half of clients', '45% improved', true],
    ['about half of clients', '55% improved', true],
    ['about half of clients', '44% improved', false],
    ['about one in five', '18% dropped out', true],
    ['about one in five', '22% dropped out', true],
    ['about one in five', '17.5% dropped out', false],
    ['one in five clients', 'about 19.7% of clients', true],
    ['about half of patients', 'half of patients had improved', true],
    // Directional hedges: only the side they name.
    ['more than 30,000 patients', 'more than 30,000 patients', true],
    ['more than 30,000 patients', '31,200 patients', true],
    ['more than 30,000 patients', '29,500 patients', false],
    ['at least 50 sessions', 'at least a year or 50 sessions', true],
    ['fewer than 20 sessions', '19 sessions', true],
    ['fewer than 20 sessions', '21 sessions', false],
    ['nearly 30%', '29% of clients', true],
    ['nearly 30%', '31% of clients', false],
    // Percentages match only percentages.
    ['60%', '60 studies', false],
    ['60 studies', 'I² = 60%', false],
  ] as const)('"%s" against "%s": %s', (article, source, expected) => {
    expect(backedBy(article, source)).toBe(expected);
  });
});

const hedges: Hedge[] = ['exact', 'about', 'above', 'below'];
/** A figure as someone would write it: up to 3 decimals, up to 6 digits before the point. */
const written = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 3 }))
  .map(([n, decimals]) => (n / 10 ** decimals).toFixed(decimals));

describe('the matching rule: properties', () => {
  it('a figure always backs itself, however it is hedged', () => {
    fc.assert(
      fc.property(written, fc.constantFrom(...hedges), fc.boolean(), (text, hedge, percent) => {
        const value = Number(text);
        expect(backs({ value, percent, hedge, unit: lastDigitUnit(text) }, { value, percent })).toBe(true);
      }),
    );
  });

  it('a hedged rounding of a source figure backs it', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100_000, noNaN: true }), fc.integer({ min: 0, max: 4 }), (figure, keep) => {
        // Round the figure to `keep + 1` significant digits, as a writer would.
        const rounded = Number(figure.toPrecision(keep + 1));
        const exponent = Math.floor(Math.log10(Math.abs(rounded)));
        const unit = 10 ** (exponent - keep);
        // Only roundings that keep within 10% of the figure are promised to match.
        fc.pre(Math.abs(rounded - figure) <= 0.1 * rounded);
        expect(backs({ value: rounded, percent: false, hedge: 'about', unit }, { value: figure, percent: false })).toBe(
          true,
        );
      }),
    );
  });

  it('an unhedged figure backs only an equal figure', () => {
    fc.assert(
      fc.property(written, written, (a, b) => {
        fc.pre(Number(a) !== Number(b));
        expect(
          backs(
            { value: Number(a), percent: false, hedge: 'exact', unit: lastDigitUnit(a) },
            { value: Number(b), percent: false },
          ),
        ).toBe(false);
      }),
    );
  });

  it('a hedge never reaches further than 10% from the stated figure', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0.1001, max: 0.99, noNaN: true }),
        fc.constantFrom(...hedges),
        (s, off, hedge) => {
          const unit = Infinity;
          expect(backs({ value: s, percent: true, hedge, unit }, { value: s * (1 + off), percent: true })).toBe(false);
          expect(backs({ value: s, percent: true, hedge, unit }, { value: s * (1 - off), percent: true })).toBe(false);
        },
      ),
    );
  });

  it('"more than S" is never backed by a figure below S, "fewer than S" never by one above', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 1000 }), (s, gap) => {
        const unit = lastDigitUnit(String(s));
        expect(
          backs({ value: s, percent: false, hedge: 'above', unit }, { value: s - gap / 1000, percent: false }),
        ).toBe(false);
        expect(
          backs({ value: s, percent: false, hedge: 'below', unit }, { value: s + gap / 1000, percent: false }),
        ).toBe(false);
      }),
    );
  });
});
