import { describe, expect, it } from 'vitest';
import { countText, inflesz, infleszBand, readingGrade, wordCount } from '../../src/lib/reading-level';
import { spanishSyllables } from '../../src/lib/spanish-syllables';

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

describe('inflesz', () => {
  it('applies the Szigriszt-Pazos formula to Spanish counts', () => {
    // 7 words, 11 syllables (El ga-to co-me. La ca-sa es a-zul.), 2 sentences.
    expect(countText('El gato come. La casa es azul.', spanishSyllables)).toEqual({
      sentences: 2,
      words: 7,
      syllables: 11,
    });
    expect(inflesz('El gato come. La casa es azul.')).toBeCloseTo(206.835 - (62.3 * 11) / 7 - 7 / 2, 6);
  });
  it('rates short everyday Spanish sentences as easy to read', () => {
    expect(
      inflesz('Puede hablar de lo que le preocupa. Su terapeuta le escucha. Juntos hacen un plan.'),
    ).toBeGreaterThanOrEqual(65);
  });
  it('rates dense academic Spanish as very hard to read', () => {
    expect(
      inflesz(
        'Las intervenciones psicoterapéuticas manifiestan una considerable heterogeneidad neurobiológica entre paradigmas metodológicos y clasificaciones diagnósticas internacionales.',
      ),
    ).toBeLessThan(40);
  });
  it('gives zero for text without words', () => {
    expect(inflesz(' … ')).toBe(0);
  });
});

describe('infleszBand', () => {
  it.each([
    [0, 'muy difícil'],
    [39.9, 'muy difícil'],
    [40, 'algo difícil'],
    [54.9, 'algo difícil'],
    [55, 'normal'],
    [64.9, 'normal'],
    [65, 'bastante fácil'],
    [79.9, 'bastante fácil'],
    [80, 'muy fácil'],
    [120, 'muy fácil'],
  ] as const)('%d is "%s"', (score, band) => {
    expect(infleszBand(score)).toBe(band);
  });
});
