/**
 * Pure logic of the Study page: FSRS scheduling through ts-fsrs, the daily queue, progress per deck,
 * and reading saved or imported progress defensively. No DOM; `now` is always passed in.
 */
import { createEmptyCard, fsrs, State, type Card, type Grade } from 'ts-fsrs';

/** Bump when the saved shape changes (and teach parseProgress to read the old one). */
export const STORE_VERSION = 1;
/** Names an exported progress file, so importing some other JSON file fails with a clear message. */
export const EXPORT_FORMAT = 'how-therapy-works-study-progress';
/** New cards introduced per day, across the chosen decks: enough to make progress, few enough to keep up. */
export const NEW_PER_DAY = 20;
/** When nothing else is left, a learning card due this soon is shown early rather than making the student wait. */
export const LEARN_AHEAD_MS = 20 * 60_000;
/** Refuse import files larger than this (a full site's progress is well under 1 MB). */
export const MAX_IMPORT_CHARS = 5_000_000;

/** One card's schedule, in plain numbers (times in ms since 1970) so it stores and validates simply. */
export interface CardProgress {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: State;
  lastReview?: number;
  /** Reviews made when the card was already learned, and how many of those were remembered: the retention. */
  checks: number;
  recalls: number;
}

export interface Progress {
  cards: Record<string, CardProgress>;
  /** The decks last chosen, so the page opens with them ticked. */
  decks: string[];
  /** New cards introduced on `day` (local date "YYYY-MM-DD"), for the daily limit. */
  day: string;
  newToday: number;
}

const scheduler = fsrs({ enable_fuzz: false });

export const emptyProgress = (): Progress => ({ cards: Object.create(null), decks: [], day: '', newToday: 0 });

/** Local calendar day, "2026-03-01": the daily queue and the new-card limit follow the student's clock. */
export function dayKey(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function endOfDay(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - 1;
}

function toCard(p: CardProgress | undefined, now: Date): Card {
  if (!p) return createEmptyCard(now);
  return {
    due: new Date(p.due),
    stability: p.stability,
    difficulty: p.difficulty,
    elapsed_days: 0,
    scheduled_days: p.scheduledDays,
    learning_steps: p.learningSteps,
    reps: p.reps,
    lapses: p.lapses,
    state: p.state,
    last_review: p.lastReview === undefined ? undefined : new Date(p.lastReview),
  };
}

function fromCard(card: Card, checks: number, recalls: number): CardProgress {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { lastReview: card.last_review.getTime() } : {}),
    checks,
    recalls,
  };
}

/** 1 Again, 2 Hard, 3 Good, 4 Easy (ts-fsrs's Rating values). */
export const GRADES = [1, 2, 3, 4] as const;
export const GRADE_NAMES = ['Again', 'Hard', 'Good', 'Easy'] as const;

/** When the card would next be due after each grade, in ms from now, for the labels on the buttons. */
export function previewIntervals(progress: Progress, cardId: string, now: Date): number[] {
  const card = toCard(progress.cards[cardId], now);
  return GRADES.map((g) => scheduler.next(card, now, g as Grade).card.due.getTime() - now.getTime());
}

/** Records a review: returns the new progress (the old one is not changed). */
export function grade(progress: Progress, cardId: string, rating: Grade, now: Date): Progress {
  const previous = progress.cards[cardId];
  const wasLearned = previous?.state === State.Review;
  const { card } = scheduler.next(toCard(previous, now), now, rating);
  const today = dayKey(now);
  const newToday = (progress.day === today ? progress.newToday : 0) + (previous ? 0 : 1);
  const cards = Object.assign(Object.create(null), progress.cards) as Progress['cards'];
  cards[cardId] = fromCard(
    card,
    (previous?.checks ?? 0) + (wasLearned ? 1 : 0),
    (previous?.recalls ?? 0) + (wasLearned && rating > 1 ? 1 : 0),
  );
  return { ...progress, cards, day: today, newToday };
}

export type Next = { id: string; isNew: boolean } | { waitUntil: number } | undefined;

/**
 * The next card of today's queue among `cardIds` (the chosen decks, in deck order): learning cards that are
 * due, then reviews due today, then new cards up to the daily limit, then learning cards due within the
 * learn-ahead window. With none, the time the next learning card is due today, or undefined: done for today.
 */
export function nextCard(cardIds: readonly string[], progress: Progress, now: Date): Next {
  const t = now.getTime();
  const started = cardIds.filter((id) => progress.cards[id]);
  const earliest = (ids: string[]) => ids.sort((a, b) => progress.cards[a].due - progress.cards[b].due)[0];
  const learning = started.filter((id) => progress.cards[id].state !== State.Review);
  const dueLearning = earliest(learning.filter((id) => progress.cards[id].due <= t));
  if (dueLearning) return { id: dueLearning, isNew: false };
  const dueReview = earliest(
    started.filter((id) => progress.cards[id].state === State.Review && progress.cards[id].due <= endOfDay(now)),
  );
  if (dueReview) return { id: dueReview, isNew: false };
  const newLeft = NEW_PER_DAY - (progress.day === dayKey(now) ? progress.newToday : 0);
  const fresh = newLeft > 0 ? cardIds.find((id) => !progress.cards[id]) : undefined;
  if (fresh) return { id: fresh, isNew: true };
  const later = earliest(learning.filter((id) => progress.cards[id].due <= endOfDay(now)));
  if (!later) return undefined;
  return progress.cards[later].due <= t + LEARN_AHEAD_MS
    ? { id: later, isNew: false }
    : { waitUntil: progress.cards[later].due };
}

export interface DeckStats {
  total: number;
  /** Cards that have graduated to review. */
  learned: number;
  /** Started cards due by the end of today. */
  due: number;
  /** Share of reviews of learned cards that were remembered, or undefined before any such review. */
  retention?: number;
}

export function deckStats(cardIds: readonly string[], progress: Progress, now: Date): DeckStats {
  let learned = 0;
  let due = 0;
  let checks = 0;
  let recalls = 0;
  for (const id of cardIds) {
    const p = progress.cards[id];
    if (!p) continue;
    if (p.state === State.Review) learned++;
    if (p.due <= endOfDay(now)) due++;
    checks += p.checks;
    recalls += p.recalls;
  }
  return { total: cardIds.length, learned, due, retention: checks ? recalls / checks : undefined };
}

/** "1 min", "10 min", "5 h", "3 days", "2 months": how long until a card comes back. */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return days === 1 ? '1 day' : `${days} days`;
  const months = Math.round(days / 30);
  if (months < 12) return months === 1 ? '1 month' : `${months} months`;
  const years = Math.round(days / 365);
  return years === 1 ? '1 year' : `${years} years`;
}

// ---- Reading saved and imported progress ----

const CARD_ID = /^[a-z]+:[\w./:-]{1,200}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isNonNegative = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
/** Any time a browser can hold: years 1970 to 2200. */
const isTime = (v: unknown): v is number => isCount(v) && (v as number) < 7_258_118_400_000;

/** One card's saved schedule, or the name of the first field that is wrong. */
function readCard(raw: unknown): CardProgress | string {
  if (!isRecord(raw)) return 'entry';
  if (!isTime(raw.due)) return 'due';
  for (const field of ['stability', 'difficulty', 'scheduledDays'] as const)
    if (!isNonNegative(raw[field])) return field;
  for (const field of ['learningSteps', 'reps', 'lapses', 'checks', 'recalls'] as const)
    if (!isCount(raw[field])) return field;
  if (!isCount(raw.state) || raw.state > State.Relearning) return 'state';
  if (raw.lastReview !== undefined && !isTime(raw.lastReview)) return 'lastReview';
  if ((raw.recalls as number) > (raw.checks as number)) return 'recalls';
  return {
    due: raw.due,
    stability: raw.stability as number,
    difficulty: raw.difficulty as number,
    scheduledDays: raw.scheduledDays as number,
    learningSteps: raw.learningSteps as number,
    reps: raw.reps as number,
    lapses: raw.lapses as number,
    state: raw.state as State,
    ...(raw.lastReview === undefined ? {} : { lastReview: raw.lastReview as number }),
    checks: raw.checks as number,
    recalls: raw.recalls as number,
  };
}

/**
 * Saved progress, as leniently as possible: a card whose entry is damaged starts again as new, the rest is
 * kept. Undefined only when the value is not progress at all (then the page starts afresh).
 */
export function parseProgress(raw: unknown): Progress | undefined {
  return isRecord(raw) && isRecord(raw.cards) ? readProgress(raw, raw.cards) : undefined;
}

function readProgress(raw: Record<string, unknown>, cards: Record<string, unknown>): Progress {
  const progress = emptyProgress();
  for (const [id, entry] of Object.entries(cards)) {
    const card = readCard(entry);
    if (CARD_ID.test(id) && typeof card !== 'string') progress.cards[id] = card;
  }
  if (Array.isArray(raw.decks))
    progress.decks = [...new Set(raw.decks.filter((d): d is string => typeof d === 'string' && d.length <= 200))];
  if (typeof raw.day === 'string' && DAY.test(raw.day) && isCount(raw.newToday)) {
    progress.day = raw.day;
    progress.newToday = raw.newToday;
  }
  return progress;
}

export function exportProgress(progress: Progress, now: Date): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: STORE_VERSION, exported: now.toISOString(), progress });
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

/**
 * An exported progress file, strictly: any problem rejects the whole file with a message saying what is
 * wrong, and the student's current progress is left as it was.
 */
export function importProgress(text: string): ImportResult {
  const fail = (error: string): ImportResult => ({ ok: false, error });
  if (text.length > MAX_IMPORT_CHARS) return fail('This file is too large to be a progress file from this site.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(
      'This file is not a progress file: it is not valid JSON. Choose the file that “Export progress” saved.',
    );
  }
  if (!isRecord(raw) || raw.format !== EXPORT_FORMAT)
    return fail('This file is not a How Therapy Works progress file. Choose the file that “Export progress” saved.');
  if (raw.version !== STORE_VERSION)
    return fail(
      typeof raw.version === 'number' && raw.version > STORE_VERSION
        ? 'This file comes from a newer version of the site. Reload the page and try again.'
        : 'This progress file has an unknown version, so it cannot be read.',
    );
  const saved = raw.progress;
  if (!isRecord(saved) || !isRecord(saved.cards)) return fail('This progress file has no cards in it.');
  for (const [id, entry] of Object.entries(saved.cards)) {
    if (!CARD_ID.test(id))
      return fail(`This progress file names a card that is not from this site (“${id.slice(0, 40)}”).`);
    const card = readCard(entry);
    if (typeof card === 'string') return fail(`This progress file is damaged: card “${id}” has an invalid ${card}.`);
  }
  return { ok: true, progress: readProgress(saved, saved.cards) };
}
