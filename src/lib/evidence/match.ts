/**
 * THE matching rule: when does a figure a source reports back a statistic an article states?
 * It is stated here once; everything else (the build, the report command, the widget data tests) calls
 * `backs`. docs/numbers-rule.md explains it for writers.
 */

/**
 * How a statistic is hedged in the article:
 * - `exact`: written plainly ("19.7%", "r = .28", "82 samples"); the source must report that very number.
 * - `about`: "about", "around", "roughly", "approximately", "some", "close to", "≈", or a fraction in words
 *   ("about half", "one in five"); the source's figure may round to it.
 * - `above`: "more than", "over", "at least", "above", "upwards of", ">"/"≥"; the source's figure is
 *   the stated one or a little above it.
 * - `below`: "fewer than", "less than", "under", "up to", "at most", "nearly", "almost", "<"/"≤"; the
 *   source's figure is the stated one or a little below it.
 */
export type Hedge = 'exact' | 'about' | 'above' | 'below';

/** A number a source reports, read from its `finding` or `figures`. */
export interface SourceFigure {
  value: number;
  /** A percentage (or a proportion given in words, "half", "one in five", read as a percentage). */
  percent: boolean;
}

/** What the rule needs to know about a statistic in an article. */
export interface StatedFigure {
  value: number;
  percent: boolean;
  hedge: Hedge;
  /** Place value of the stated figure's last significant digit (Infinity for words such as "half"). */
  unit: number;
}

/** Floating-point slack so that 0.1 + 0.2 style noise never decides a match. */
const EPSILON = 1e-9;

/**
 * Does the source figure F back the stated figure S?
 *
 * - Percentages only match percentages, other numbers only other numbers (so "60%" is never backed by
 *   "60 studies").
 * - Unhedged: F must equal S as numbers (".278" = "0.278", "1,314" = "1314", "75%" = "75 percent").
 *   Rounding the source without saying so ("20%" for 19.7%) does not match: write "about 20%".
 * - Hedged: F must lie within half a unit of S's last significant digit AND within 10% of S, so
 *   "about 300 studies" matches 295, "about 75%" matches 74.6% but not 72%, "about .28" matches .278,
 *   "about half" matches 45-55% and "about one in five" 18-22% (words carry no digits, so only the 10%
 *   limit applies to them). "More than S" style hedges accept only the part of that window at or above S,
 *   "fewer than S" style hedges only the part at or below S, because "more than 30,000 patients" is false
 *   of 29,500.
 */
export function backs(stated: StatedFigure, figure: SourceFigure): boolean {
  if (stated.percent !== figure.percent) return false;
  const s = stated.value;
  const f = figure.value;
  if (stated.hedge === 'exact') return Math.abs(s - f) <= EPSILON * Math.max(1, Math.abs(s));
  const window = Math.min(stated.unit / 2, Math.abs(s) * 0.1) + EPSILON * Math.max(1, Math.abs(s));
  const low = stated.hedge === 'above' ? s - EPSILON : s - window;
  const high = stated.hedge === 'below' ? s + EPSILON : s + window;
  return f >= low && f <= high;
}
