/**
 * Reading level of plain prose, used to hold article summaries to a plain level in each language:
 * - English: Flesch-Kincaid school grade 9 or below. The formula comes from the `flesch-kincaid` package
 *   and syllables from `syllable`.
 * - Spanish: INFLESZ 65 or above ("bastante fácil"), the Szigriszt-Pazos formula read on Barrio-Cantalejo's
 *   scale, the one Spanish health writing is measured with. Syllables from src/lib/spanish-syllables.ts.
 * This module splits text into sentences and words and applies the formulas.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { spanishSyllables } from './spanish-syllables.ts';

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/** Words are runs of letters, digits, apostrophes and inner hyphens ("well-being" is one word). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * A sentence ends at ., ! or ? followed by space or the end; text without a full stop is one sentence.
 * Syllables are English ones unless another language's counter is given.
 */
export function countText(text: string, syllablesOf: (word: string) => number = syllable): TextCounts {
  const clean = text.replace(/\s+/g, ' ').trim();
  const words = clean.match(WORD) ?? [];
  const sentences = clean.split(/[.!?]+(?:\s+|$)/u).filter((s) => WORD.test(s) && (WORD.lastIndex = 0) === 0);
  return {
    sentences: words.length === 0 ? 0 : Math.max(1, sentences.length),
    words: words.length,
    syllables: words.reduce((sum, word) => sum + Math.max(1, syllablesOf(word)), 0),
  };
}

/** Flesch-Kincaid grade level of `text`; 0 for text with no words. */
export function readingGrade(text: string): number {
  const counts = countText(text);
  if (counts.words === 0) return 0;
  return fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
}

/** Barrio-Cantalejo's (2008) bands of the INFLESZ scale, from hardest; each runs up to its `below`. */
export const INFLESZ_BANDS = [
  { below: 40, name: 'muy difícil' },
  { below: 55, name: 'algo difícil' },
  { below: 65, name: 'normal' },
  { below: 80, name: 'bastante fácil' },
  { below: Infinity, name: 'muy fácil' },
] as const;

export type InfleszBand = (typeof INFLESZ_BANDS)[number]['name'];

/**
 * INFLESZ score of Spanish `text` (Szigriszt-Pazos's perspicuity formula):
 * 206.835 - 62.3 * syllables/words - words/sentences. Higher is easier; 0 for text with no words.
 */
export function inflesz(text: string): number {
  const counts = countText(text, spanishSyllables);
  if (counts.words === 0) return 0;
  return 206.835 - (62.3 * counts.syllables) / counts.words - counts.words / counts.sentences;
}

/** The band of an INFLESZ score: "muy difícil" below 40 ... "muy fácil" from 80. */
export function infleszBand(score: number): InfleszBand {
  return (INFLESZ_BANDS.find((band) => score < band.below) ?? INFLESZ_BANDS[INFLESZ_BANDS.length - 1]).name;
}

export function wordCount(text: string): number {
  return (text.match(WORD) ?? []).length;
}
