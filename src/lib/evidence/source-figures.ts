/**
 * The numbers a source backs: every number in its `finding` and `figures` (docs/numbers-rule.md).
 * Deliberately generous on the source side (any number the source text states can back a statistic);
 * the strictness lives in which statistics the article must back (statistics.ts) and in the matching
 * rule (match.ts).
 */
import type { SourceFigure } from './match.ts';
import { DIGITS, NUMBER_WORD, parseNumber, signedBefore } from './numbers.ts';

/** What the rule reads from a bibliography entry. */
export interface EvidenceSource {
  id: string;
  /** What the source found, in prose. */
  finding?: string;
  /** Figures exactly as the source reports them, one per string (content/references.json). */
  figures?: readonly string[];
}

const PERCENT_AFTER = /^\s*(?:%|per\s*cent\b|percent\b)/i;
const PERCENT_RANGE_AFTER = new RegExp(
  String.raw`^\s*%?\s*(?:-|–|—|to|and)\s*[-−]?${DIGITS}\s*(?:%|per\s*cent\b|percent\b)`,
  'i',
);

const FRACTIONS: [RegExp, number][] = [
  [/\bhalf\b/gi, 50],
  [/\b(?:a|one)[- ]third\b/gi, 100 / 3],
  [/\btwo[- ]thirds\b/gi, 200 / 3],
  [/\b(?:a|one)[- ]quarter\b/gi, 25],
  [/\bthree[- ]quarters\b/gi, 75],
  [/\b(?:a|one)[- ]fifth\b/gi, 20],
  [/\btwo[- ]fifths\b/gi, 40],
  [/\b(?:a|one)[- ]tenth\b/gi, 10],
];

/** Every number stated in a piece of source text. */
export function figuresInText(text: string): SourceFigure[] {
  const out: SourceFigure[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\w.])${DIGITS}`, 'g'))) {
    const after = text.slice(m.index + m[0].length);
    const magnitude = parseNumber(m[0]);
    out.push({
      value: signedBefore(text, m.index) ? -magnitude : magnitude,
      percent: PERCENT_AFTER.test(after) || PERCENT_RANGE_AFTER.test(after),
    });
  }
  for (const m of text.matchAll(new RegExp(`\\b${NUMBER_WORD}\\b`, 'gi'))) {
    out.push({ value: parseNumber(m[0]), percent: PERCENT_AFTER.test(text.slice(m.index + m[0].length)) });
  }
  // "one in five", "1 in 4 clients", "two out of three": a share, read as a percentage.
  const ratio = new RegExp(
    String.raw`\b(${DIGITS}|${NUMBER_WORD})\s+(?:[a-z]+\s+)?(?:in|out\s+of)\s+(?:every\s+)?(${DIGITS}|${NUMBER_WORD})\b`,
    'gi',
  );
  for (const m of text.matchAll(ratio)) {
    const part = parseNumber(m[1]);
    const whole = parseNumber(m[2]);
    if (part > 0 && whole > part) out.push({ value: (part / whole) * 100, percent: true });
  }
  for (const [pattern, value] of FRACTIONS) {
    for (const _ of text.matchAll(pattern)) out.push({ value, percent: true });
  }
  return out;
}

/** The figures a source backs: the numbers in its `finding` and in each of its `figures`. */
export function sourceFigures(source: EvidenceSource): SourceFigure[] {
  return [source.finding ?? '', ...(source.figures ?? [])].flatMap(figuresInText);
}
