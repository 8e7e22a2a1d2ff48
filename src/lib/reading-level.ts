/**
 * Reading level of plain prose, used to hold article summaries to school grade 9 or below.
 * The formula comes from the `flesch-kincaid` package and syllables from `syllable`;
 * this module only splits text into sentences and words.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/** Words are runs of letters, digits, apostrophes and inner hyphens ("well-being" is one word). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** A sentence ends at ., ! or ? followed by space or the end; text without a full stop is one sentence. */
export function countText(text: string): TextCounts {
  const clean = text.replace(/\s+/g, ' ').trim();
  const words = clean.match(WORD) ?? [];
  const sentences = clean.split(/[.!?]+(?:\s+|$)/u).filter((s) => WORD.test(s) && (WORD.lastIndex = 0) === 0);
  return {
    sentences: words.length === 0 ? 0 : Math.max(1, sentences.length),
    words: words.length,
    syllables: words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0),
  };
}

/** Flesch-Kincaid grade level of `text`; 0 for text with no words. */
export function readingGrade(text: string): number {
  const counts = countText(text);
  if (counts.words === 0) return 0;
  return fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
}

export function wordCount(text: string): number {
  return (text.match(WORD) ?? []).length;
}
