import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHART,
  INTERCEPT,
  MAX_SESSIONS,
  PUBLISHED_POINTS,
  SLOPE,
  clampSessions,
  curvePath,
  improvedPercent,
  improvementSentence,
  markerLabel,
  normalCdf,
  parseSessions,
  tableRows,
  toChart,
} from '../../../src/widgets/dose-effect/dose-effect-logic';
import { localized } from '../../../src/i18n';
import { en } from '../../../src/i18n/strings/en';
import { es } from '../../../src/i18n/strings/es';

/** The words each page's element receives in its data-messages. */
const words = localized(en.doseEffect.messages, 'en');
const palabras = localized(es.doseEffect.messages, 'es');

/** Anything a reader, a browser or a bug could hand the curve. */
const hostile = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, -1e308),
  fc.string(),
  fc.string({ minLength: 10_000, maxLength: 10_000 }),
  fc.constantFrom('', ' ', '8', '26', '-5', '1e9', 'NaN', 'Infinity', '0x10', '12abc'),
  fc.anything(),
);

describe('dose-effect curve', () => {
  it('reproduces the published points of howard1986 within one percentage point', () => {
    for (const { sessions, percent } of PUBLISHED_POINTS) {
      expect(Math.abs(improvedPercent(sessions) - percent)).toBeLessThanOrEqual(1);
    }
    expect(improvedPercent(8)).toBeCloseTo(50, 3);
    expect(improvedPercent(26)).toBeCloseTo(75, 3);
  });

  it('has the coefficients solved in the logic module comment', () => {
    expect(SLOPE).toBeCloseTo(0.572254, 5);
    expect(INTERCEPT).toBeCloseTo(-1.189968, 5);
  });

  it('computes the standard normal distribution accurately', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
    expect(normalCdf(0.6744897501960817)).toBeCloseTo(0.75, 6);
  });

  it('starts at 0% with no sessions and treats junk, negatives and overlong counts sensibly', () => {
    expect(improvedPercent(0)).toBe(0);
    expect(improvedPercent(-3)).toBe(0);
    expect(improvedPercent(Number.NaN)).toBe(0);
    expect(improvedPercent('8')).toBeCloseTo(50, 3);
    expect(improvedPercent(Infinity)).toBe(improvedPercent(MAX_SESSIONS));
    expect(improvedPercent(1e9)).toBe(improvedPercent(MAX_SESSIONS));
  });

  it('gives a build-time table that rises and marks which figures are published', () => {
    const rows = tableRows();
    expect(rows.map((r) => r.sessions)).toEqual([1, 2, 4, 8, 13, 26, 52, 104]);
    expect(rows.find((r) => r.sessions === 8)).toEqual({ sessions: 8, percent: 50, published: true });
    expect(rows.find((r) => r.sessions === 26)).toEqual({ sessions: 26, percent: 75, published: true });
    expect(rows.filter((r) => r.published)).toHaveLength(2);
  });

  it('reads the figure out in words, saying when it is the curve rather than the study', () => {
    expect(improvementSentence(words, 8)).toBe(
      'After 8 sessions, about 50% of people in these studies had measurably improved.',
    );
    expect(improvementSentence(words, 1)).toBe(
      'After 1 session, the curve estimates that about 12% of people in these studies had measurably improved.',
    );
    expect(improvementSentence(words, 0)).toMatch(/starts at 0%/);
    expect(improvementSentence(words, 'junk')).toBe(improvementSentence(words, 0));
    expect(markerLabel(words, 26)).toBe('26 sessions: about 75%');
  });

  it("speaks the page's language, with its plural and its way of writing a percentage", () => {
    expect(improvementSentence(palabras, 8)).toBe(
      'Tras 8 sesiones, cerca del 50\u00a0% de las personas de estos estudios había mejorado de forma medible.',
    );
    expect(improvementSentence(palabras, 1)).toBe(
      'Tras 1 sesión, la curva estima que cerca del 12\u00a0% de las personas de estos estudios había mejorado de forma medible.',
    );
    expect(improvementSentence(palabras, 0)).toBe(
      'Antes de la primera sesión, la curva empieza en el 0\u00a0%: nadie ha recibido todavía terapia.',
    );
    expect(markerLabel(palabras, 1)).toBe('1 sesión: cerca del 12\u00a0%');
  });

  it('parses what is typed in the number box: whole sessions within 0-104, nothing for an empty box', () => {
    expect(parseSessions('12')).toBe(12);
    expect(parseSessions('12.6')).toBe(13);
    expect(parseSessions('500')).toBe(104);
    expect(parseSessions('-4')).toBe(0);
    for (const junk of ['', '  ', 'abc', 'Infinity', 'NaN']) expect(parseSessions(junk)).toBeUndefined();
    expect(parseSessions(12)).toBeUndefined(); // the DOM only ever gives strings
  });

  it('maps points into the chart area and draws the curve from the origin', () => {
    expect(toChart(0, 0)).toEqual({ x: CHART.left, y: CHART.bottom });
    expect(toChart(MAX_SESSIONS, 100)).toEqual({ x: CHART.right, y: CHART.top });
    expect(curvePath()).toMatch(new RegExp(`^M${CHART.left},${CHART.bottom} `));
  });
});

describe('dose-effect curve properties', () => {
  it('is monotonic non-decreasing in sessions', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 200, noNaN: true }),
        fc.double({ min: -10, max: 200, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(improvedPercent(lo)).toBeLessThanOrEqual(improvedPercent(hi));
        },
      ),
    );
  });

  it('never throws, never gives NaN, and stays within 0-100 for any input', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const percent = improvedPercent(raw);
        expect(Number.isNaN(percent)).toBe(false);
        expect(percent).toBeGreaterThanOrEqual(0);
        expect(percent).toBeLessThanOrEqual(100);
        const sessions = clampSessions(raw);
        expect(sessions).toBeGreaterThanOrEqual(0);
        expect(sessions).toBeLessThanOrEqual(MAX_SESSIONS);
        expect(improvementSentence(words, raw)).toMatch(/\d+%/);
      }),
    );
  });

  it('parses any text into a whole number of sessions within range, or nothing', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ minLength: 10_000, maxLength: 10_000 }), fc.double().map(String)),
        (text) => {
          const s = parseSessions(text);
          if (s === undefined) return;
          expect(Number.isInteger(s)).toBe(true);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(MAX_SESSIONS);
        },
      ),
    );
  });

  it('keeps every chart point inside the plot area', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (s, p) => {
        const { x, y } = toChart(s, p);
        expect(x).toBeGreaterThanOrEqual(CHART.left);
        expect(x).toBeLessThanOrEqual(CHART.right);
        expect(y).toBeGreaterThanOrEqual(CHART.top);
        expect(y).toBeLessThanOrEqual(CHART.bottom);
      }),
    );
  });
});
