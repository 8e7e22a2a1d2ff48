import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyEntry,
  exportText,
  formatDate,
  isBlank,
  makeRecord,
  MAX_EMOTIONS,
  type parseEntry,
  parseSaved,
  readIntensity,
  recordSections,
  storedIntensity,
  TEXT_FIELDS,
  type Saved,
  type SavedRecord,
} from '../../../src/widgets/thought-record/thought-record-logic';
import { worksheetSteps } from '../../../src/widgets/thought-record/thought-record-content';
import { must } from '../../../src/lib/required';

const STEPS = worksheetSteps();

/** Any text, including very long fields and characters that trip up naive code. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    '\n\n',
    '<script>alert(1)</script>',
    '"quotes" \\ back\\slash',
    '🙂 émotion ✓',
    '\u0000\u2028',
  ),
  fc.string({ minLength: 10_000, maxLength: 10_000 }),
);
const rating = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
const emotion = fc.record({ name: anyText, before: rating, after: rating });
const entry = fc.record({
  situation: anyText,
  thought: anyText,
  evidenceFor: anyText,
  evidenceAgainst: anyText,
  balanced: anyText,
  emotions: fc.array(emotion, { maxLength: MAX_EMOTIONS }),
});
const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const saved: fc.Arbitrary<Saved> = fc
  .record({
    draft: entry.map((e) => ({ ...e, emotions: e.emotions.length ? e.emotions : emptyEntry().emotions })),
    records: fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1 }), savedAt: isoDate, entry }), {
      selector: (r) => r.id,
      maxLength: 4,
    }),
  })
  .map(({ draft, records }) => ({
    draft,
    records: records.map(({ id, savedAt, entry: e }) => ({ ...e, id, savedAt })).filter((r) => !isBlank(r)),
  }));

/** Values a corrupted or hand-edited localStorage entry might hold, at every level of nesting. */
const hostileNumber = fc.constantFrom(NaN, Infinity, -Infinity, -1, 101, 1e308, -0, 0.5, 99.5);
const hostile = fc.oneof(fc.anything(), hostileNumber, anyText);
const hostileSaved = fc.oneof(
  fc.anything(),
  fc.record(
    {
      draft: fc.oneof(hostile, fc.dictionary(fc.constantFrom(...TEXT_FIELDS, 'emotions'), hostile)),
      records: fc.oneof(
        hostile,
        fc.array(
          fc.oneof(
            hostile,
            fc.record(
              {
                id: hostile,
                savedAt: fc.oneof(hostile, isoDate),
                situation: hostile,
                thought: hostile,
                emotions: fc.oneof(
                  hostile,
                  fc.array(
                    fc.oneof(
                      hostile,
                      fc.record({ name: hostile, before: hostile, after: hostile }, { requiredKeys: [] }),
                    ),
                  ),
                ),
              },
              { requiredKeys: [] },
            ),
          ),
        ),
      ),
    },
    { requiredKeys: [] },
  ),
);

function expectValidEntry(e: ReturnType<typeof parseEntry>) {
  for (const field of TEXT_FIELDS) expect(typeof e[field]).toBe('string');
  expect(e.emotions.length).toBeLessThanOrEqual(MAX_EMOTIONS);
  for (const em of e.emotions) {
    expect(typeof em.name).toBe('string');
    for (const n of [em.before, em.after]) {
      if (n === null) continue;
      expect(Number.isInteger(n)).toBe(true);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(100);
    }
  }
}

describe('thought record logic', () => {
  it('reads typed intensities, clamping or blanking bad ones with a reason', () => {
    expect(readIntensity('80')).toEqual({ value: 80, problem: '' });
    expect(readIntensity('')).toEqual({ value: null, problem: '' });
    expect(readIntensity('150')).toEqual({
      value: 100,
      problem: '150 is above the 0-100 scale, so it was set to 100.',
    });
    expect(readIntensity('-5')).toEqual({ value: 0, problem: '-5 is below the 0-100 scale, so it was set to 0.' });
    expect(readIntensity('42.6')).toEqual({ value: 43, problem: '42.6 was rounded to 43.' });
    expect(readIntensity('abc').value).toBeNull();
    expect(readIntensity('abc').problem).toMatch(/not a number/);
    expect(readIntensity('', true).problem).toMatch(/not a number/);
    expect(readIntensity('Infinity').value).toBe(100);
  });

  it('never reads an intensity outside 0-100, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double().map(String), hostileNumber.map(String)),
        fc.boolean(),
        (typed, badInput) => {
          const { value, problem } = readIntensity(typed, badInput);
          if (value !== null) {
            expect(Number.isInteger(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
          }
          expect(typeof problem).toBe('string');
        },
      ),
    );
    for (const n of [NaN, Infinity, -Infinity, 1e308, -7, 'x', null, {}]) {
      const v = storedIntensity(n);
      expect(v === null || (v >= 0 && v <= 100)).toBe(true);
    }
  });

  it('salvages a partly corrupt record field by field', () => {
    const parsed = must(
      parseSaved({
        draft: {
          situation: 'half typed',
          thought: 42,
          emotions: [{ name: 'Anxious', before: 250, after: 'x' }, 'junk'],
        },
        records: [
          { id: 'a', savedAt: 'not a date', situation: 'Kept', evidenceFor: ['no'], emotions: 'no' },
          { id: 'a', thought: 'Same id, made unique' },
          {},
          null,
        ],
      }),
    );
    expect(parsed.draft).toEqual({
      situation: 'half typed',
      thought: '',
      evidenceFor: '',
      evidenceAgainst: '',
      balanced: '',
      emotions: [{ name: 'Anxious', before: 100, after: null }],
    });
    expect(parsed.records).toHaveLength(2);
    expect(parsed.records[0]).toMatchObject({ id: 'a', savedAt: '', situation: 'Kept', evidenceFor: '', emotions: [] });
    expect(parsed.records[1].id).not.toBe('a');
    expect(parsed.records[1].thought).toBe('Same id, made unique');
  });

  it('discards data that is not an object at all', () => {
    for (const junk of [null, undefined, 'text', 42, [], [{ situation: 'x' }], true])
      expect(parseSaved(junk)).toBeUndefined();
  });

  it('turns any hostile stored value into valid records without throwing', () => {
    fc.assert(
      fc.property(hostileSaved, (raw) => {
        const parsed = parseSaved(raw);
        if (parsed === undefined) return;
        expectValidEntry(parsed.draft);
        expect(parsed.draft.emotions.length).toBeGreaterThanOrEqual(1);
        const ids = parsed.records.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const record of parsed.records) {
          expectValidEntry(record);
          expect(record.id).not.toBe('');
          expect(isBlank(record)).toBe(false);
          expect(record.savedAt === '' || !Number.isNaN(Date.parse(record.savedAt))).toBe(true);
          expect(() => exportText([record], new Date())).not.toThrow();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips any text exactly, including 10,000-character fields', () => {
    fc.assert(
      fc.property(saved, (value) => {
        expect(parseSaved(JSON.parse(JSON.stringify(value)))).toEqual(value);
      }),
      { numRuns: 60 },
    );
    const long = 'é'.repeat(4_000) + '\n'.repeat(2_000) + 'x🙂'.repeat(1_000);
    const record = makeRecord(
      { ...emptyEntry(), situation: long, balanced: long },
      'r1',
      new Date('2026-11-26T10:00:00Z'),
    );
    expect(
      must(parseSaved(JSON.parse(JSON.stringify({ draft: emptyEntry(), records: [record] })))).records[0].situation,
    ).toBe(long);
  });

  it('saves the form exactly as typed, dropping only empty emotion rows', () => {
    const draft = {
      ...emptyEntry(),
      situation: '  spaces kept  ',
      emotions: [
        { name: 'Sad', before: 70, after: 40 },
        { name: ' ', before: null, after: null },
      ],
    };
    const record = makeRecord(draft, 'id1', new Date('2026-11-26T14:05:00Z'));
    expect(record).toMatchObject({ id: 'id1', savedAt: '2026-11-26T14:05:00.000Z', situation: '  spaces kept  ' });
    expect(record.emotions).toEqual([{ name: 'Sad', before: 70, after: 40 }]);
    expect(isBlank({ ...emptyEntry(), thought: '   ' }, true)).toBe(true);
    expect(isBlank({ ...emptyEntry(), thought: '   ' })).toBe(false);
  });

  it('exports every record as readable plain text in worksheet order', () => {
    const record: SavedRecord = {
      ...emptyEntry(),
      id: 'r',
      savedAt: '2026-11-26T14:05:00Z',
      situation: 'Sent the report; no reply.',
      thought: 'She hated it.',
      emotions: [
        { name: 'Anxious', before: 80, after: 30 },
        { name: '', before: 50, after: null },
      ],
      balanced: 'She is at a conference.',
    };
    const text = exportText([record], new Date('2026-11-27T09:00:00Z'));
    expect(text).toMatch(/^Thought records from How Therapy Works, exported /);
    expect(text).toContain('Situation:\nSent the report; no reply.');
    expect(text).toContain(
      'Emotions (0-100):\nAnxious: 80 at the time, 30 after\nEmotion 2: 50 at the time, not rated after',
    );
    expect(text).toContain('Evidence for the thought:\n(left blank)');
    const order = [
      'Situation:',
      'Automatic thought:',
      'Emotions (0-100):',
      'Evidence for',
      'Evidence against',
      'Balanced thought:',
    ];
    const at = order.map((label) => text.indexOf(label));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(recordSections(record)).toHaveLength(6);
  });

  it('formats dates, and says so when a date is unknown', () => {
    expect(formatDate('')).toBe('Date unknown');
    expect(formatDate('garbage')).toBe('Date unknown');
    expect(formatDate('2026-11-26T12:00:00Z')).toMatch(/2026/);
  });

  it('explains all seven worksheet steps, in order', () => {
    expect(STEPS.map((s) => s.field)).toEqual([
      'situation',
      'thought',
      'emotions',
      'evidenceFor',
      'evidenceAgainst',
      'balanced',
      'rerate',
    ]);
    for (const step of STEPS) expect(step.help).toMatch(/^\p{Lu}.*[.?]$/u);
  });
});
