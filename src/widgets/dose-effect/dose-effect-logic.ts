/**
 * Pure logic of the dose-effect explorer: the share of people measurably improved after a number of
 * sessions, as a probit curve on log sessions. No DOM access.
 *
 * The model: improved(s) = Φ(a + b·ln s), the shape Howard et al. (1986) fitted ("probit analysis").
 * We do not have their fitted coefficients, only the two figures in the bibliography's `finding` for
 * howard1986: about 50% improved by session 8 and about 75% by session 26. Two points fix two unknowns:
 *
 *   s = 8,  50%:  a + b·ln 8  = Φ⁻¹(0.50) = 0
 *   s = 26, 75%:  a + b·ln 26 = Φ⁻¹(0.75) = z₇₅ ≈ 0.6744897502
 *   subtract:     b·(ln 26 − ln 8) = z₇₅   →  b = z₇₅ / ln(26/8) ≈ 0.6744897502 / 1.1786550 ≈ 0.572254
 *   back in:      a = −b·ln 8 ≈ −0.572254 × 2.0794415 ≈ −1.189968
 *
 * Every other value on the curve is an estimate from this line, not a figure the study reported.
 */
import { fill, formatPercent, type Localized } from '../../i18n/format';
import type { Strings } from '../../i18n/strings/en';

/** The explorer's words in the page's language (src/i18n/strings/), with its locale for percentages. */
export type DoseEffectWords = Localized<Strings['doseEffect']['messages']>;

/** The sessions the explorer covers: two years of weekly sessions. */
export const MAX_SESSIONS = 104;

/** The two published figures the curve is fitted to (howard1986's `finding`). */
export const PUBLISHED_POINTS = [
  { sessions: 8, percent: 50 },
  { sessions: 26, percent: 75 },
] as const;

/** Φ⁻¹(0.75), the 75th percentile of the standard normal distribution (from any normal table). */
const Z_75 = 0.6744897501960817;

export const SLOPE = Z_75 / Math.log(26 / 8);
export const INTERCEPT = -SLOPE * Math.log(8);

/**
 * The standard normal cumulative distribution Φ(z), from the error function approximation of
 * Abramowitz and Stegun (formula 7.1.26, absolute error below 1.5e-7): ample for whole percentages.
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return 0.5;
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Any input (number, numeric string, junk) as a session count within 0-104; junk and negatives are 0. */
export function clampSessions(raw: unknown): number {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  if (Number.isNaN(n) || n <= 0) return 0;
  return Math.min(n, MAX_SESSIONS);
}

/** A whole number of sessions typed or slid by the reader, or undefined while the field is empty or not a number. */
export function parseSessions(raw: unknown): number | undefined {
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(Number(raw))) return undefined;
  return Math.round(clampSessions(raw));
}

/** Percentage (0-100) of people measurably improved after `sessions`; 0 sessions is 0%, the curve's limit. */
export function improvedPercent(sessions: unknown): number {
  const s = clampSessions(sessions);
  if (s === 0) return 0;
  return 100 * normalCdf(INTERCEPT + SLOPE * Math.log(s));
}

const isPublished = (sessions: number) => PUBLISHED_POINTS.some((p) => p.sessions === sessions);

/** "1 session", "8 sessions", by the language's plural rules. */
export function sessionsLabel(words: DoseEffectWords, sessions: number): string {
  const form = new Intl.PluralRules(words.locale).select(sessions) === 'one' ? 'one' : 'other';
  return fill(words.sessions[form], { count: sessions });
}

/** The sentence the live region reads out; it says when a figure is the curve's estimate rather than the study's. */
export function improvementSentence(words: DoseEffectWords, sessions: unknown): string {
  const s = Math.round(clampSessions(sessions));
  if (s === 0) return fill(words.zero, { percent: formatPercent(0, words.locale) });
  const values = {
    sessions: sessionsLabel(words, s),
    percent: formatPercent(Math.round(improvedPercent(s)), words.locale),
  };
  return fill(isPublished(s) ? words.published : words.estimated, values);
}

/** The label above the reader's point on the chart: "8 sessions: about 50%". */
export function markerLabel(words: DoseEffectWords, sessions: number): string {
  const percent = formatPercent(Math.round(improvedPercent(sessions)), words.locale);
  return fill(words.marker, { sessions: sessionsLabel(words, sessions), percent });
}

/** Rows of the no-JavaScript table, computed at build time from the same curve. */
export const TABLE_SESSIONS = [1, 2, 4, 8, 13, 26, 52, 104] as const;

export function tableRows(): { sessions: number; percent: number; published: boolean }[] {
  return TABLE_SESSIONS.map((s) => ({
    sessions: s,
    percent: Math.round(improvedPercent(s)),
    published: isPublished(s),
  }));
}

/** Chart geometry in SVG units: the plot area inside a 480 × 270 viewBox. */
export const CHART = { left: 56, right: 460, top: 20, bottom: 220 } as const;

/** Where a point (sessions, percent) sits on the chart. */
export function toChart(sessions: number, percent: number): { x: number; y: number } {
  const x = CHART.left + (clampSessions(sessions) / MAX_SESSIONS) * (CHART.right - CHART.left);
  const p = Number.isFinite(percent) ? Math.min(Math.max(percent, 0), 100) : 0;
  const y = CHART.bottom - (p / 100) * (CHART.bottom - CHART.top);
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

/**
 * The curve as an SVG path. Sessions are sampled on a squared scale so the steep start (0-8 sessions)
 * gets as many points as the flat tail.
 */
export function curvePath(steps = 80): string {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const s = MAX_SESSIONS * (i / steps) ** 2;
    const { x, y } = toChart(s, improvedPercent(s));
    return `${i === 0 ? 'M' : 'L'}${x},${y}`;
  }).join(' ');
}
