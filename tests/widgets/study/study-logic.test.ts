/**
 * The Study page's pure logic: FSRS scheduling and the daily queue over a simulated fortnight, progress
 * per deck, and saved or imported progress that is hostile, damaged or from elsewhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayKey,
  deckStats,
  emptyProgress,
  EXPORT_FORMAT,
  exportProgress,
  formatInterval,
  grade,
  importProgress,
  LEARN_AHEAD_MS,
  NEW_PER_DAY,
  nextCard,
  parseProgress,
  previewIntervals,
  STORE_VERSION,
  type Progress,
} from '../../../src/widgets/study/study-logic';

const DAY = 86_400_000;
const start = new Date(2026, 0, 5, 9, 0); // a Monday, 09:00 local time
const ids = (n: number) => Array.from({ length: n }, (_, i) => `quiz:foundations/how-we-know:${i + 1}`);

/** Studies everything the queue offers at `now`, grading each card with `pick`; returns the cards seen. */
function studyAll(progress: Progress, cards: string[], now: Date, pick: (id: string) => 1 | 2 | 3 | 4 = () => 3) {
  const seen: string[] = [];
  let t = now.getTime();
  for (let guard = 0; guard < 1000; guard++) {
    const next = nextCard(cards, progress, new Date(t));
    if (!next) break;
    if ('waitUntil' in next) {
      t = next.waitUntil;
      continue;
    }
    seen.push(next.id);
    progress = grade(progress, next.id, pick(next.id), new Date(t));
    t += 10_000;
  }
  return { progress, seen };
}

describe('scheduling and the daily queue', () => {
  it('introduces new cards in deck order, then brings each back until it is learned', () => {
    const cards = ids(3);
    const first = nextCard(cards, emptyProgress(), start);
    expect(first).toEqual({ id: cards[0], isNew: true });
    const { progress, seen } = studyAll(emptyProgress(), cards, start);
    // Good on a new card starts the learning steps, so each card is seen more than once on day one.
    for (const id of cards) expect(seen.filter((s) => s === id).length).toBeGreaterThan(1);
    expect(deckStats(cards, progress, start)).toMatchObject({ total: 3, learned: 3, due: 0 });
    expect(nextCard(cards, progress, start)).toBeUndefined();
  });

  it('brings a learned card back on the day it is due, not before, over a fortnight', () => {
    const cards = ids(5);
    let { progress } = studyAll(emptyProgress(), cards, start);
    let reviews = 0;
    for (let day = 1; day <= 14; day++) {
      const morning = new Date(start.getTime() + day * DAY);
      const dueToday = cards.filter((id) => progress.cards[id].due <= new Date(morning).setHours(23, 59, 59, 999));
      const result = studyAll(progress, cards, morning);
      expect(new Set(result.seen)).toEqual(new Set(dueToday));
      reviews += result.seen.length;
      progress = result.progress;
    }
    expect(reviews).toBeGreaterThan(5);
    // Every review was of a learned card and remembered ("Good"), so retention is 100%.
    expect(deckStats(cards, progress, start).retention).toBe(1);
  });

  it('"Again" on a learned card brings it back the same day and counts against retention', () => {
    const cards = ids(1);
    let { progress } = studyAll(emptyProgress(), cards, start);
    const due = new Date(progress.cards[cards[0]].due);
    progress = grade(progress, cards[0], 1, due);
    expect(progress.cards[cards[0]].due - due.getTime()).toBeLessThan(LEARN_AHEAD_MS);
    expect(progress.cards[cards[0]].lapses).toBe(1);
    expect(deckStats(cards, progress, due).retention).toBe(0);
  });

  it('shows the next learning card early when nothing else is left, and says when to come back otherwise', () => {
    const cards = ids(1);
    const progress = grade(emptyProgress(), cards[0], 1, start); // Again: due in a minute
    expect(nextCard(cards, progress, start)).toEqual({ id: cards[0], isNew: false });
    const later = grade(emptyProgress(), cards[0], 3, start); // Good: the 10-minute step
    const far = {
      ...later,
      cards: { ...later.cards, [cards[0]]: { ...later.cards[cards[0]], due: start.getTime() + 3_600_000 } },
    };
    expect(nextCard(cards, far, start)).toEqual({ waitUntil: start.getTime() + 3_600_000 });
  });

  it(`introduces at most ${NEW_PER_DAY} new cards a day, and more the next day`, () => {
    const cards = ids(NEW_PER_DAY + 5);
    const day1 = studyAll(emptyProgress(), cards, start, () => 4);
    expect(new Set(day1.seen).size).toBe(NEW_PER_DAY);
    expect(day1.progress.newToday).toBe(NEW_PER_DAY);
    const tomorrow = new Date(start.getTime() + DAY);
    expect(nextCard(cards, day1.progress, tomorrow)).toEqual({ id: cards[NEW_PER_DAY], isNew: true });
  });

  it('previews a longer interval for each better grade', () => {
    const { progress } = studyAll(emptyProgress(), ids(1), start);
    const later = new Date(progress.cards[ids(1)[0]].due);
    const [again, hard, good, easy] = previewIntervals(progress, ids(1)[0], later);
    expect(again).toBeLessThan(hard);
    expect(hard).toBeLessThanOrEqual(good);
    expect(good).toBeLessThan(easy);
  });

  it('never changes the progress it is given', () => {
    const before = emptyProgress();
    grade(before, ids(1)[0], 3, start);
    expect(before).toEqual(emptyProgress());
  });

  it('formats intervals for the grade buttons', () => {
    expect([1, 600, 5 * 3600, 3 * 86400, 60 * 86400, 400 * 86400].map((s) => formatInterval(s * 1000))).toEqual([
      '1 min',
      '10 min',
      '5 h',
      '3 days',
      '2 months',
      '1 year',
    ]);
  });

  it('keys days by the local calendar date', () => {
    expect(dayKey(new Date(2026, 1, 3, 23, 59))).toBe('2026-02-03');
  });
});

describe('saved progress', () => {
  const studied = () => studyAll(emptyProgress(), ids(3), start).progress;

  it('reads back what was saved', () => {
    const saved = { ...studied(), decks: ['foundations'] };
    expect(parseProgress(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  it('drops a damaged card and keeps the rest', () => {
    const saved = JSON.parse(JSON.stringify(studied()));
    saved.cards[ids(3)[1]].due = 'tomorrow';
    saved.cards['__proto__'] = saved.cards[ids(3)[0]];
    const read = parseProgress(saved) ?? emptyProgress();
    expect(Object.keys(read.cards).sort()).toEqual([ids(3)[0], ids(3)[2]]);
    expect(Object.getPrototypeOf(read.cards)).toBeNull();
  });

  it('never throws on any JSON value, and what it returns reads back unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const read = parseProgress(raw);
        if (read !== undefined) expect(parseProgress(JSON.parse(JSON.stringify(read)))).toEqual(read);
      }),
    );
  });

  it('never throws on hostile card entries, and keeps only valid ones', () => {
    const entry = fc.record(
      {
        due: fc.oneof(fc.integer(), fc.double(), fc.string()),
        stability: fc.double(),
        difficulty: fc.double(),
        scheduledDays: fc.double(),
        learningSteps: fc.integer(),
        reps: fc.integer(),
        lapses: fc.integer(),
        state: fc.integer({ min: -1, max: 5 }),
        lastReview: fc.oneof(fc.integer(), fc.constant(undefined)),
        checks: fc.integer(),
        recalls: fc.integer(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), entry), (cards) => {
        const read = parseProgress({ cards });
        if (read === undefined) throw new Error('an object of cards is progress');
        for (const card of Object.values(read.cards)) {
          expect(Number.isFinite(card.stability) && card.due >= 0 && card.state <= 3).toBe(true);
          expect(card.recalls).toBeLessThanOrEqual(card.checks);
        }
        // A queue built from whatever survived still works.
        expect(() => nextCard(Object.keys(read.cards), read, start)).not.toThrow();
      }),
    );
  });
});

describe('export and import', () => {
  const progress = { ...studyAll(emptyProgress(), ids(4), start).progress, decks: ['foundations'] };

  it('imports exactly what it exported', () => {
    const result = importProgress(exportProgress(progress, start));
    expect(result).toEqual({ ok: true, progress });
  });

  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['another JSON file', '{"name":"x"}', /not a How Therapy Works progress file/],
    [
      'a newer version',
      JSON.stringify({ format: EXPORT_FORMAT, version: STORE_VERSION + 1, progress }),
      /newer version/,
    ],
    ['no cards', JSON.stringify({ format: EXPORT_FORMAT, version: STORE_VERSION, progress: {} }), /no cards/],
    [
      'a damaged card',
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: STORE_VERSION,
        progress: { cards: { [ids(1)[0]]: { ...progress.cards[ids(1)[0]], reps: -1 } } },
      }),
      /card “quiz:foundations\/how-we-know:1” has an invalid reps/,
    ],
    ['a huge file', ' '.repeat(5_000_001), /too large/],
  ])('rejects %s with a clear message', (_name, text, message) => {
    const result = importProgress(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('never throws on any text, and accepts only what reads back as progress', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.jsonValue().map((v) => JSON.stringify({ format: EXPORT_FORMAT, version: STORE_VERSION, progress: v })),
        ),
        (text) => {
          const result = importProgress(text);
          if (result.ok) expect(parseProgress(JSON.parse(JSON.stringify(result.progress)))).toEqual(result.progress);
          else expect(result.error.length).toBeGreaterThan(10);
        },
      ),
    );
  });
});
