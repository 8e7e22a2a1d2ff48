/**
 * Pure logic of the window-of-tolerance explorer: which zone a point on the arousal line falls in, and
 * where a paced-breathing cycle is at a given moment. No DOM access; every function accepts hostile input
 * (NaN, Infinity, strings, junk from storage) and returns a usable value.
 */

/** The zones from low to high arousal, in the order the line and the list show them. */
export const ZONE_IDS = ['hypo', 'window', 'hyper'] as const;
export type ZoneId = (typeof ZONE_IDS)[number];

/**
 * The arousal line runs 0-100. These are positions on a picture, not units of a measured scale: the
 * window is a clinical model, and each person's window has its own width.
 */
export const AROUSAL_MIN = 0;
export const AROUSAL_MAX = 100;
export const AROUSAL_START = 50;
/** The window covers WINDOW_LOW..WINDOW_HIGH inclusive; below is hypo-arousal, above is hyper-arousal. */
export const WINDOW_LOW = 25;
export const WINDOW_HIGH = 75;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** A whole position on the line; anything that is not a finite number puts the marker back in the middle. */
export function clampArousal(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? Math.round(clamp(n, AROUSAL_MIN, AROUSAL_MAX)) : AROUSAL_START;
}

export function zoneOf(value: unknown): ZoneId {
  const arousal = clampArousal(value);
  if (arousal < WINDOW_LOW) return 'hypo';
  return arousal > WINDOW_HIGH ? 'hyper' : 'window';
}

/* Paced breathing */

export interface BreathTimings {
  /** Seconds breathing in. */
  inhale: number;
  /** Seconds breathing out. */
  exhale: number;
}

/** Whole seconds; shorter than 2 is hurried, longer than 10 is a strain for most people. */
export const BREATH_MIN_SECONDS = 2;
export const BREATH_MAX_SECONDS = 10;
/** A slightly longer out-breath, a common starting point for slow breathing. */
export const DEFAULT_TIMINGS: Readonly<BreathTimings> = { inhale: 4, exhale: 6 };

/** Reads a seconds field: a whole number from 2 to 10, or undefined (the form then says why). */
export function parseSeconds(raw: unknown): number | undefined {
  let n: number;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string' && /^\s*\d{1,2}\s*$/.test(raw)) n = Number(raw);
  else return undefined;
  return Number.isInteger(n) && n >= BREATH_MIN_SECONDS && n <= BREATH_MAX_SECONDS ? n : undefined;
}

/** Cleans timings read from storage; undefined for anything that is not two valid second counts. */
export function parseTimings(raw: unknown): BreathTimings | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { inhale, exhale } = raw as Record<string, unknown>;
  const timings = { inhale: parseSeconds(inhale), exhale: parseSeconds(exhale) };
  return timings.inhale !== undefined && timings.exhale !== undefined ? (timings as BreathTimings) : undefined;
}

/** Brings any timings into bounds, so the cycle below never divides by zero or runs forever. */
function safeTimings({ inhale, exhale }: BreathTimings): BreathTimings {
  const fix = (s: number, fallback: number) =>
    Number.isFinite(s) ? clamp(Math.round(s), BREATH_MIN_SECONDS, BREATH_MAX_SECONDS) : fallback;
  return { inhale: fix(inhale, DEFAULT_TIMINGS.inhale), exhale: fix(exhale, DEFAULT_TIMINGS.exhale) };
}

export type BreathPhase = 'in' | 'out';

export interface BreathMoment {
  phase: BreathPhase;
  /** Length of the current phase in whole seconds. */
  phaseSeconds: number;
  /** Whole seconds left in this phase, counting down from phaseSeconds to 1. */
  secondsLeft: number;
  /** How far through this phase, 0 (start) to just under 1. */
  progress: number;
}

/** Where the breathing cycle is `elapsedMs` after Start: a pure function of time, so it never drifts. */
export function breathAt(elapsedMs: number, timings: BreathTimings): BreathMoment {
  const { inhale, exhale } = safeTimings(timings);
  const cycleMs = (inhale + exhale) * 1000;
  const elapsed = Number.isFinite(elapsedMs) && elapsedMs > 0 ? elapsedMs : 0;
  const t = elapsed % cycleMs;
  const breathingIn = t < inhale * 1000;
  const phaseSeconds = breathingIn ? inhale : exhale;
  const intoPhase = breathingIn ? t : t - inhale * 1000;
  return {
    phase: breathingIn ? 'in' : 'out',
    phaseSeconds,
    secondsLeft: clamp(Math.ceil(phaseSeconds - intoPhase / 1000), 1, phaseSeconds),
    progress: clamp(intoPhase / (phaseSeconds * 1000), 0, 1),
  };
}

/** How full the lungs (and the circle) are: 0 empty to 1 full, rising while breathing in. */
export function breathFullness({ phase, progress }: BreathMoment): number {
  return phase === 'in' ? progress : 1 - progress;
}

export const phaseWords = (phase: BreathPhase) => (phase === 'in' ? 'Breathe in' : 'Breathe out');

/** The text count, "Breathe in… 4, 3, 2", shown instead of the animation when motion is reduced. */
export function countdownText({ phase, phaseSeconds, secondsLeft }: BreathMoment): string {
  const counted = Array.from({ length: phaseSeconds - secondsLeft + 1 }, (_, i) => phaseSeconds - i);
  return `${phaseWords(phase)}… ${counted.join(', ')}`;
}
