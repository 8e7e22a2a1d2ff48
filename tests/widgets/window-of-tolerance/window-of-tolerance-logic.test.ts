import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AROUSAL_MAX,
  AROUSAL_MIN,
  AROUSAL_START,
  BREATH_MAX_SECONDS,
  BREATH_MIN_SECONDS,
  DEFAULT_TIMINGS,
  ZONE_IDS,
  breathAt,
  breathFullness,
  clampArousal,
  countdownText,
  parseSeconds,
  parseTimings,
  zoneOf,
} from '../../../src/widgets/window-of-tolerance/window-of-tolerance-logic';
import { windowOfToleranceContent } from '../../../src/widgets/window-of-tolerance/window-of-tolerance-content';

const ZONES = windowOfToleranceContent().zones;

const hostile = fc.oneof(
  fc.anything(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 1e308, '', ' ', '0x4', '4e0', '-3', 'x'.repeat(10_000)),
);

describe('arousal line', () => {
  it('places positions in zones at the window edges', () => {
    expect(zoneOf(0)).toBe('hypo');
    expect(zoneOf(24)).toBe('hypo');
    expect(zoneOf(25)).toBe('window');
    expect(zoneOf(50)).toBe('window');
    expect(zoneOf(75)).toBe('window');
    expect(zoneOf(76)).toBe('hyper');
    expect(zoneOf(100)).toBe('hyper');
  });

  it('clamps and rounds positions, and puts junk back in the middle', () => {
    expect(clampArousal(-20)).toBe(AROUSAL_MIN);
    expect(clampArousal(140)).toBe(AROUSAL_MAX);
    expect(clampArousal(33.6)).toBe(34);
    expect(clampArousal('80')).toBe(80);
    for (const junk of [Number.NaN, Infinity, '', 'high', null, undefined, {}])
      expect(clampArousal(junk)).toBe(AROUSAL_START);
  });

  it('never produces an impossible position or zone from hostile input', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const value = clampArousal(raw);
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(AROUSAL_MIN);
        expect(value).toBeLessThanOrEqual(AROUSAL_MAX);
        expect(ZONE_IDS).toContain(zoneOf(raw));
      }),
    );
  });

  it('has zone texts for every zone, in order from low to high', () => {
    expect(ZONES.map((z) => z.id)).toEqual([...ZONE_IDS]);
    for (const zone of ZONES) {
      expect(zone.name && zone.where).toBeTruthy();
      expect(zone.feels.length).toBeGreaterThan(0);
      expect(zone.skills.length).toBeGreaterThan(0);
    }
  });
});

describe('breathing timings', () => {
  it('accepts whole seconds from 2 to 10 only', () => {
    expect(parseSeconds('4')).toBe(4);
    expect(parseSeconds(' 10 ')).toBe(10);
    expect(parseSeconds(2)).toBe(2);
    for (const bad of [
      '1',
      '11',
      '',
      '4.5',
      '0x4',
      '4e0',
      '-3',
      'four',
      4.5,
      0,
      Number.NaN,
      Infinity,
      null,
      undefined,
    ]) {
      expect(parseSeconds(bad)).toBeUndefined();
    }
  });

  it('restores saved timings only when both are valid', () => {
    expect(parseTimings({ inhale: 3, exhale: 7 })).toEqual({ inhale: 3, exhale: 7 });
    for (const junk of [
      null,
      'x',
      [],
      [4, 6],
      { inhale: 3 },
      { inhale: 3, exhale: 99 },
      { inhale: '3', exhale: '7e0' },
    ]) {
      expect(parseTimings(junk)).toBeUndefined();
    }
  });

  it('never restores impossible timings from hostile saved state', () => {
    const corrupt = fc.oneof(
      hostile,
      fc.record({ inhale: hostile, exhale: hostile }),
      fc.dictionary(fc.string(), hostile),
    );
    fc.assert(
      fc.property(corrupt, (raw) => {
        const timings = parseTimings(raw);
        if (timings === undefined) return;
        for (const s of [timings.inhale, timings.exhale]) {
          expect(Number.isInteger(s)).toBe(true);
          expect(s).toBeGreaterThanOrEqual(BREATH_MIN_SECONDS);
          expect(s).toBeLessThanOrEqual(BREATH_MAX_SECONDS);
        }
      }),
    );
  });
});

describe('breathing cycle', () => {
  const timings = { inhale: 3, exhale: 5 };

  it('breathes in, then out, then starts again', () => {
    expect(breathAt(0, timings)).toEqual({ phase: 'in', phaseSeconds: 3, secondsLeft: 3, progress: 0 });
    expect(breathAt(1500, timings)).toMatchObject({ phase: 'in', secondsLeft: 2, progress: 0.5 });
    expect(breathAt(2999, timings)).toMatchObject({ phase: 'in', secondsLeft: 1 });
    expect(breathAt(3000, timings)).toMatchObject({ phase: 'out', phaseSeconds: 5, secondsLeft: 5, progress: 0 });
    expect(breathAt(7999, timings)).toMatchObject({ phase: 'out', secondsLeft: 1 });
    expect(breathAt(8000, timings)).toMatchObject({ phase: 'in', secondsLeft: 3 });
  });

  it('fills the circle while breathing in and empties it while breathing out', () => {
    expect(breathFullness(breathAt(0, timings))).toBe(0);
    expect(breathFullness(breathAt(1500, timings))).toBe(0.5);
    expect(breathFullness(breathAt(3000, timings))).toBe(1);
    expect(breathFullness(breathAt(5500, timings))).toBe(0.5);
  });

  it('counts down in words for reduced motion', () => {
    expect(countdownText(breathAt(0, timings))).toBe('Breathe in… 3');
    expect(countdownText(breathAt(2500, timings))).toBe('Breathe in… 3, 2, 1');
    expect(countdownText(breathAt(4200, timings))).toBe('Breathe out… 5, 4');
  });

  it('stays within bounds for any time and any timings', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), (elapsed, inhale, exhale) => {
        const moment = breathAt(elapsed, { inhale, exhale });
        expect(['in', 'out']).toContain(moment.phase);
        expect(moment.phaseSeconds).toBeGreaterThanOrEqual(BREATH_MIN_SECONDS);
        expect(moment.phaseSeconds).toBeLessThanOrEqual(BREATH_MAX_SECONDS);
        expect(moment.secondsLeft).toBeGreaterThanOrEqual(1);
        expect(moment.secondsLeft).toBeLessThanOrEqual(moment.phaseSeconds);
        const fullness = breathFullness(moment);
        expect(fullness).toBeGreaterThanOrEqual(0);
        expect(fullness).toBeLessThanOrEqual(1);
        expect(countdownText(moment)).toMatch(/^Breathe (in|out)… \d+(, \d+)*$/);
      }),
    );
  });

  it('uses the default timings when given nonsense', () => {
    expect(breathAt(0, { inhale: Number.NaN, exhale: Infinity })).toMatchObject({
      phaseSeconds: DEFAULT_TIMINGS.inhale,
    });
    expect(breathAt(DEFAULT_TIMINGS.inhale * 1000, { inhale: Number.NaN, exhale: Number.NaN })).toMatchObject({
      phaseSeconds: DEFAULT_TIMINGS.exhale,
    });
  });
});
