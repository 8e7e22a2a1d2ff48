/**
 * Pure logic of the relationship-effects chart: converting between r and d, choosing what to show for
 * each element on each scale, sorting, and where things sit on the plot. No DOM access, so the
 * component's static markup and the custom element compute the same picture from the same functions.
 * Words come in as a parameter, in the page's language (src/i18n/strings/ and the rows' content).
 */
import { fill, type Localized } from '../../i18n/format';
import type { Strings } from '../../i18n/strings/en';
import { must } from '../../lib/required';

/** The words the chart's script writes, with the rows' names by id (for sorting A to Z) and the locale. */
export type RelationshipEffectsWords = Localized<
  Strings['relationshipEffects']['messages'] & { names: Readonly<Record<string, string>> }
>;

/** The two scales a reader can switch between: a correlation r, or a standardised difference d. */
export type Metric = 'r' | 'd';
export type SortKey = 'size' | 'name';

/**
 * One row of the data file. Numbers are strings exactly as the meta-analysis prints them (".278"). The
 * row's words (its name, evidence base and gloss) are content, under the same id.
 */
export interface RelationshipEffect {
  id: string;
  /** The site's article about this element, if there is one. */
  article?: string;
  /** Bibliography id in content/references.json. */
  source: string;
  /** What the meta-analysis reports. `g` (Hedges' g) is on the d scale. */
  reported: { r?: string; d?: string; g?: string };
  /** 95% confidence interval of r, only where the source gives one. */
  ciOfR?: readonly [string, string];
}

/** The rows' names by id in the page's language, and the locale to put them in alphabetical order by. */
export interface RowNames {
  names: Readonly<Record<string, string>>;
  locale: string;
}

/** d = 2r / √(1 − r²). Undefined (rejected) unless r is a finite number strictly between −1 and 1. */
export function rToD(r: number): number | undefined {
  if (typeof r !== 'number' || !Number.isFinite(r) || r <= -1 || r >= 1) return undefined;
  return (2 * r) / Math.sqrt(1 - r * r);
}

/** r = d / √(d² + 4), the inverse of rToD. Written so huge |d| cannot overflow to r = 0. */
export function dToR(d: number): number | undefined {
  if (typeof d !== 'number' || !Number.isFinite(d)) return undefined;
  if (d === 0) return 0;
  const r = Math.sign(d) / Math.sqrt(1 + 4 / (d * d));
  // Rounding can reach ±1 for enormous d; r = ±1 would be a perfect correlation, which no d implies.
  return Math.max(-1 + Number.EPSILON, Math.min(1 - Number.EPSILON, r));
}

/** ".278" or "-.09" -> number; anything else -> undefined. */
export function parseEffect(text: unknown): number | undefined {
  if (typeof text !== 'string' || !/^[-−]?\d*\.\d+$|^[-−]?\d+$/.test(text.trim())) return undefined;
  return Number(text.trim().replace('−', '-'));
}

/** Two decimals, no leading zero, a true minus sign: 0.5788 -> ".58", -0.1 -> "−.10" (APA style). */
export function formatEffect(value: number): string {
  if (!Number.isFinite(value)) return '';
  const fixed = Math.abs(value)
    .toFixed(2)
    .replace(/^0(?=\.)/, '');
  return value < 0 && fixed !== '.00' ? `−${fixed}` : fixed;
}

/** What one element shows on one scale. */
export interface EffectView {
  value: number;
  /** "Reported" text as printed, or "≈ .14" for a conversion. */
  text: string;
  /** The statistic's own name: "r", "d" or "g". */
  label: 'r' | 'd' | 'g';
  converted: boolean;
  /** `converted` when the interval was converted from the source's interval of r. */
  ci?: { low: number; high: number; text: string; converted: boolean };
}

/**
 * The value to plot on `metric`: the meta-analysis's own number when it reports one on that scale,
 * otherwise a conversion (marked "≈", because converting a pooled r or d is only approximate).
 * Confidence intervals are only ever the source's interval of r, converted bound by bound for d.
 */
export function effectView(effect: RelationshipEffect, metric: Metric): EffectView | undefined {
  // A correlation of ±1 or beyond is impossible, so such a value is treated as unreadable.
  const asR = (text: unknown) => {
    const value = parseEffect(text);
    return value !== undefined && Math.abs(value) < 1 ? value : undefined;
  };
  const r = asR(effect.reported.r);
  const dLike = parseEffect(effect.reported.d ?? effect.reported.g);
  const dLabel = effect.reported.d === undefined && effect.reported.g !== undefined ? 'g' : 'd';
  const low = asR(effect.ciOfR?.[0]);
  const high = asR(effect.ciOfR?.[1]);
  const hasCi = low !== undefined && high !== undefined && low <= high;

  if (metric === 'r') {
    const value = r ?? (dLike === undefined ? undefined : dToR(dLike));
    if (value === undefined) return undefined;
    const converted = r === undefined;
    return {
      value,
      text: converted ? `≈ ${formatEffect(value)}` : must(effect.reported.r),
      label: 'r',
      converted,
      ci: hasCi
        ? { low, high, text: `[${must(effect.ciOfR)[0]}, ${must(effect.ciOfR)[1]}]`, converted: false }
        : undefined,
    };
  }
  const value = dLike ?? (r === undefined ? undefined : rToD(r));
  if (value === undefined) return undefined;
  const converted = dLike === undefined;
  const dLow = hasCi ? rToD(low) : undefined;
  const dHigh = hasCi ? rToD(high) : undefined;
  return {
    value,
    text: converted ? `≈ ${formatEffect(value)}` : must(effect.reported.d ?? effect.reported.g),
    label: converted ? 'd' : dLabel,
    converted,
    ci:
      dLow !== undefined && dHigh !== undefined
        ? { low: dLow, high: dHigh, text: `≈ [${formatEffect(dLow)}, ${formatEffect(dHigh)}]`, converted: true }
        : undefined,
  };
}

/**
 * A new array in the requested order; equal keys keep their input order (stable), so switching
 * back and forth never shuffles ties. Size is largest first on the current scale; name is A to Z in the
 * page's language (a row without a name sorts by its id).
 */
export function sortEffects<T extends RelationshipEffect>(
  effects: readonly T[],
  key: SortKey,
  metric: Metric,
  { names, locale }: RowNames,
): T[] {
  const nameOf = (effect: T) => names[effect.id] ?? effect.id;
  const keyed = effects.map((effect, index) => ({
    effect,
    index,
    size: effectView(effect, metric)?.value ?? -Infinity,
  }));
  keyed.sort((a, b) => {
    const byKey = key === 'name' ? nameOf(a.effect).localeCompare(nameOf(b.effect), locale) : b.size - a.size;
    return byKey || a.index - b.index;
  });
  return keyed.map((k) => k.effect);
}

/** Reads a sort key or metric from a form control; anything unexpected falls back to the default. */
export const toSortKey = (value: unknown): SortKey => (value === 'name' ? 'name' : 'size');
export const toMetric = (value: unknown): Metric => (value === 'd' ? 'd' : 'r');

/** Geometry of the SVG plot, shared by the static markup and the custom element. */
export const PLOT = {
  width: 600,
  labelRight: 168,
  left: 180,
  right: 400,
  valueLeft: 414,
  top: 20,
  rowHeight: 34,
  /** Axis maximum and ticks per scale: wide enough for every interval in the data. */
  axes: {
    r: { max: 0.5, ticks: [0, 0.1, 0.2, 0.3, 0.4, 0.5] },
    d: { max: 1.2, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1, 1.2] },
  },
} as const;

/**
 * How far the longest element name reaches left of the SVG's edge, in SVG units: names end at
 * `PLOT.labelRight`, and a language with longer names ("Acuerdo sobre los objetivos") widens the viewBox to
 * the left by this much instead of cutting them. At about 7.5 units a character of the 13 px labels, with
 * 4 units to spare; 0 when every name fits, so the drawing is unchanged.
 */
export function labelOverflow(names: readonly string[]): number {
  const longest = Math.max(0, ...names.map((name) => name.length));
  return Math.max(0, Math.ceil(longest * 7.5) + 4 - PLOT.labelRight);
}

/** Horizontal position of a value on a scale, clamped to the plot so nothing is drawn outside it. */
export function plotX(value: number, metric: Metric): number {
  const max = PLOT.axes[metric].max;
  const share = Number.isFinite(value) ? Math.min(1, Math.max(0, value / max)) : 0;
  return Math.round((PLOT.left + share * (PLOT.right - PLOT.left)) * 10) / 10;
}

/** Vertical centre of the row at `position` (0-based). */
export const rowY = (position: number) => PLOT.top + PLOT.rowHeight * (position + 0.5);

/** Height of the SVG for `rows` rows plus the axis below them. */
export const plotHeight = (rows: number) => PLOT.top + PLOT.rowHeight * rows + 52;

/**
 * Path of the confidence-interval whisker with end caps, in row coordinates (the row's centre is
 * y = 0); a bare move-to, which draws nothing, when the source gives no interval.
 */
export function whiskerPath(view: EffectView, metric: Metric): string {
  if (!view.ci) return 'M0 0';
  const low = plotX(view.ci.low, metric);
  const high = plotX(view.ci.high, metric);
  return `M${low} -6V6M${low} 0H${high}M${high} -6V6`;
}

/** First line beside a dot: "r = .278", "g = .28" or "d ≈ .54" (≈ marks our conversion). */
export const valueLine = (view: EffectView) => `${view.label} ${view.converted ? view.text : `= ${view.text}`}`;

/** Second line: the interval, or plainly that the source gives none. */
export const ciLine = (words: RelationshipEffectsWords, view: EffectView) =>
  view.ci ? fill(words.ci, { interval: view.ci.text }) : words.noCi;

/** Axis tick text: 0, .1, .2 ... 1, 1.2. */
export const tickLabel = (tick: number) => String(tick).replace(/^0\./, '.');

/** The sentence read out after the reader changes the order or the scale. */
export function statusSentence(words: RelationshipEffectsWords, key: SortKey, metric: Metric): string {
  const order = key === 'name' ? words.byName : words.bySize;
  const scale = metric === 'r' ? words.asR : words.asD;
  return fill(words.status, { order, scale });
}
