import { describe, expect, it } from 'vitest';
import { countText, readingGrade, wordCount } from '../../src/lib/reading-level';

describe('countText', () => {
  it('counts sentences, words and syllables of plain prose', () => {
    expect(countText('The cat sat. It was happy!')).toEqual({ sentences: 2, words: 6, syllables: 7 });
  });
  it('treats hyphenated and apostrophe words as one word', () => {
    expect(countText("Well-being isn't fixed.").words).toBe(3);
  });
  it('gives zero for text without words', () => {
    expect(countText('  ... ').words).toBe(0);
    expect(readingGrade('')).toBe(0);
  });
});

describe('readingGrade', () => {
  it('rates short everyday sentences at a low grade', () => {
    expect(
      readingGrade('You can talk about what worries you. Your therapist listens. Together you make a plan.'),
    ).toBeLessThan(6);
  });
  it('rates dense academic prose far above grade 9', () => {
    expect(
      readingGrade(
        'Psychotherapeutic interventions demonstrate considerable neurobiological heterogeneity across methodological paradigms and diagnostic classifications.',
      ),
    ).toBeGreaterThan(15);
  });
});

describe('wordCount', () => {
  it('counts words and ignores punctuation', () => {
    expect(wordCount('One, two; three — four.')).toBe(4);
  });
});
