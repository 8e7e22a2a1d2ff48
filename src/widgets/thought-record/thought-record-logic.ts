/**
 * Pure logic of the thought record: intensity clamping, cleaning saved data field by field, and the
 * plain-text export. No DOM. Stored text is never trimmed or shortened: what the reader typed is kept.
 */

/** Bump when the saved shape changes; stateStore then discards data saved under the old version. */
export const STORE_VERSION = 1;

/** The free-text steps, in worksheet order (emotions sit between the thought and the evidence). */
export const TEXT_FIELDS = ['situation', 'thought', 'evidenceFor', 'evidenceAgainst', 'balanced'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const LABELS: Record<TextField, string> = {
  situation: 'Situation',
  thought: 'Automatic thought',
  evidenceFor: 'Evidence for the thought',
  evidenceAgainst: 'Evidence against the thought',
  balanced: 'Balanced thought',
};

/** Enough rows for the feelings of one moment; more would make the re-rating step unwieldy. */
export const MAX_EMOTIONS = 8;

export interface Emotion {
  name: string;
  /** Intensity 0-100 at the time, or null when not rated. */
  before: number | null;
  /** Intensity 0-100 after writing the balanced thought, or null when not re-rated. */
  after: number | null;
}

export type Entry = Record<TextField, string> & { emotions: Emotion[] };

export interface SavedRecord extends Entry {
  id: string;
  /** ISO date; empty when a salvaged record had no readable date. */
  savedAt: string;
}

/** Everything stored: the form as last typed (autosaved) and the saved records, newest first. */
export interface Saved {
  draft: Entry;
  records: SavedRecord[];
}

export const blankEmotion = (): Emotion => ({ name: '', before: null, after: null });

export function emptyEntry(): Entry {
  return { situation: '', thought: '', evidenceFor: '', evidenceAgainst: '', balanced: '', emotions: [blankEmotion()] };
}

const clamp = (n: number) => Math.min(100, Math.max(0, Math.round(n)));

/** A stored intensity: a number is clamped into 0-100 and rounded; anything else is "not rated". */
export function storedIntensity(raw: unknown): number | null {
  return typeof raw === 'number' && !Number.isNaN(raw) ? clamp(raw) : null;
}

export interface ReadIntensity {
  value: number | null;
  /** Why the value differs from what was typed; empty when it was fine. */
  problem: string;
}

/**
 * Reads what was typed in an intensity box. `badInput` is the browser's flag for text a number box
 * could not read. Out-of-range numbers are clamped and anything unreadable becomes "not rated",
 * each with a plain reason.
 */
export function readIntensity(typed: string, badInput = false): ReadIntensity {
  const text = typed.trim();
  const n = text === '' ? NaN : Number(text);
  if (badInput || (text !== '' && Number.isNaN(n)))
    return { value: null, problem: 'that is not a number, so it was left blank. Use a number from 0 to 100.' };
  if (text === '') return { value: null, problem: '' };
  const value = clamp(n);
  if (n > 100) return { value, problem: `${text} is above the 0-100 scale, so it was set to 100.` };
  if (n < 0) return { value, problem: `${text} is below the 0-100 scale, so it was set to 0.` };
  return { value, problem: value === n ? '' : `${text} was rounded to ${value}.` };
}

const isObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);
const text = (raw: unknown) => (typeof raw === 'string' ? raw : '');

function parseEmotion(raw: unknown): Emotion | undefined {
  if (!isObject(raw)) return undefined;
  return { name: text(raw.name), before: storedIntensity(raw.before), after: storedIntensity(raw.after) };
}

/** Salvages an entry field by field: a missing or wrong-typed field becomes empty, the rest is kept. */
export function parseEntry(raw: unknown): Entry {
  const source = isObject(raw) ? raw : {};
  const emotions = Array.isArray(source.emotions)
    ? source.emotions.map(parseEmotion).filter((e) => e !== undefined)
    : [];
  return {
    situation: text(source.situation),
    thought: text(source.thought),
    evidenceFor: text(source.evidenceFor),
    evidenceAgainst: text(source.evidenceAgainst),
    balanced: text(source.balanced),
    emotions: emotions.slice(0, MAX_EMOTIONS),
  };
}

const isBlankEmotion = (e: Emotion, trim: (s: string) => string) =>
  trim(e.name) === '' && e.before === null && e.after === null;

/** True when nothing worth keeping is in the entry. `trimmed` treats spaces-only text as empty (for the form). */
export function isBlank(entry: Entry, trimmed = false): boolean {
  const trim = trimmed ? (s: string) => s.trim() : (s: string) => s;
  return TEXT_FIELDS.every((f) => trim(entry[f]) === '') && entry.emotions.every((e) => isBlankEmotion(e, trim));
}

const isDate = (raw: unknown): raw is string => typeof raw === 'string' && !Number.isNaN(Date.parse(raw));

/**
 * Cleans everything read from storage. Undefined when it is not an object at all; otherwise each
 * record is salvaged field by field, empty records are dropped and repeated ids are made unique.
 */
export function parseSaved(raw: unknown): Saved | undefined {
  if (!isObject(raw)) return undefined;
  const seen = new Set<string>();
  const records: SavedRecord[] = [];
  (Array.isArray(raw.records) ? raw.records : []).forEach((item, i) => {
    const entry = parseEntry(item);
    if (!isObject(item) || isBlank(entry)) return;
    let id = typeof item.id === 'string' && item.id !== '' ? item.id : `record-${i}`;
    while (seen.has(id)) id = `${id}-${i}`;
    seen.add(id);
    records.push({ ...entry, id, savedAt: isDate(item.savedAt) ? item.savedAt : '' });
  });
  const draft = parseEntry(raw.draft);
  if (draft.emotions.length === 0) draft.emotions.push(blankEmotion());
  return { draft, records };
}

/** Turns the form into a record: exactly as typed, minus emotion rows left completely empty. */
export function makeRecord(draft: Entry, id: string, now: Date): SavedRecord {
  const emotions = draft.emotions.filter((e) => !isBlankEmotion(e, (s) => s.trim())).map((e) => ({ ...e }));
  return { ...draft, emotions, id, savedAt: now.toISOString() };
}

/** "26 Nov 2026, 14:05" in the reader's time zone, or "Date unknown". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? 'Date unknown'
    : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

const rating = (n: number | null) => (n === null ? 'not rated' : String(n));

/** One emotion as a line: "Anxious: 80 at the time, 30 after". */
export function emotionLine(e: Emotion, i: number): string {
  return `${e.name.trim() || `Emotion ${i + 1}`}: ${rating(e.before)} at the time, ${rating(e.after)} after`;
}

/** A record as [heading, text] pairs in worksheet order: shared by the on-page list and the export. */
export function recordSections(record: Entry): [string, string][] {
  const sections: [string, string][] = [
    [LABELS.situation, record.situation],
    [LABELS.thought, record.thought],
    ['Emotions (0-100)', record.emotions.map(emotionLine).join('\n')],
    [LABELS.evidenceFor, record.evidenceFor],
    [LABELS.evidenceAgainst, record.evidenceAgainst],
    [LABELS.balanced, record.balanced],
  ];
  return sections.map(([heading, body]) => [heading, body === '' ? '(left blank)' : body]);
}

/** Every record as plain text, for the download and the clipboard. */
export function exportText(records: SavedRecord[], now: Date): string {
  const head = `Thought records from How Therapy Works, exported ${formatDate(now.toISOString())}.\nThey were kept only in your browser; this file is your copy.`;
  const blocks = records.map((r) =>
    [`Thought record, ${formatDate(r.savedAt)}`, ...recordSections(r).map(([h, body]) => `${h}:\n${body}`)].join(
      '\n\n',
    ),
  );
  return `${[head, ...blocks].join('\n\n----------\n\n')}\n`;
}
