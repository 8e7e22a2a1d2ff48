import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanishSyllables } from '../../src/lib/spanish-syllables';

describe('spanishSyllables', () => {
  it.each([
    // Words of the site, split by the RAE's rules (the division is in the comment).
    ['psicoterapia', 5], // psi-co-te-ra-pia: "ia" unaccented is a diphthong
    ['terapéutica', 5], // te-ra-péu-ti-ca
    ['alianza', 3], // a-lian-za
    ['confidencialidad', 6], // con-fi-den-cia-li-dad
    ['metaanálisis', 6], // me-ta-a-ná-li-sis
    ['emociones', 4], // e-mo-cio-nes
    ['sesión', 2],
    ['psicología', 5], // psi-co-lo-gí-a
    // Hiatus: two strong vowels, or an accented weak vowel.
    ['leer', 2],
    ['aéreo', 4], // a-é-re-o
    ['poeta', 3],
    ['teatro', 3],
    ['héroe', 3],
    ['europeo', 4], // eu-ro-pe-o
    ['día', 2],
    ['país', 2],
    ['oír', 2],
    ['baúl', 2],
    ['Raúl', 2],
    ['búho', 2], // an h between vowels parts nothing; the accent does
    // Diphthongs and triphthongs.
    ['ciudad', 2],
    ['ruido', 2],
    ['cuidado', 3],
    ['construí', 2], // cons-truí: í with another weak vowel stays one nucleus
    ['miedo', 2],
    ['agua', 2],
    ['piano', 2],
    ['Uruguay', 3], // U-ru-guay
    ['estudiáis', 3], // es-tu-diáis
    ['averiguáis', 4], // a-ve-ri-guáis
    // The silent u of que/qui/gue/gui, and ü.
    ['guerra', 2],
    ['guitarra', 3],
    ['quiere', 2],
    ['pingüino', 3],
    ['cigüeña', 3],
    // y: a vowel at the end, a consonant before a vowel.
    ['hoy', 1],
    ['muy', 1],
    ['rey', 1],
    ['reyes', 2],
    ['mayo', 2],
    ['y', 1],
    // h between vowels, capitals, words without vowels.
    ['ahora', 3],
    ['alcohol', 3],
    ['prohibir', 2], // proi-bir, as spoken
    ['ÉXITO', 3],
    ['TCC', 0],
    ['75', 0],
  ] as const)('%s has %i syllables', (word, expected) => {
    expect(spanishSyllables(word)).toBe(expected);
  });

  it('counts at least one syllable and at most one per vowel letter in any word with a vowel', () => {
    const letters = [...'bcdfghjlmnpqrstvxzaeiouáéíóúüy'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }), (chars) => {
        const word = chars.join('');
        const vowels = (word.match(/[aeiouáéíóúüy]/g) ?? []).length;
        const count = spanishSyllables(word);
        expect(count).toBeLessThanOrEqual(vowels);
        if (/[aeiouáéíóúü]/.test(word)) expect(count).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
