/**
 * Syllables of a Spanish word, as the INFLESZ readability score counts them (src/lib/reading-level.ts).
 *
 * Our own code, not a package: the npm Spanish syllabifiers (silabea, silabify, simi-syllable) are
 * one-release projects without upkeep, and counting is small enough to state here with its tests.
 *
 * A Spanish syllable has exactly one vowel nucleus, so counting syllables is counting nuclei:
 * - a, e, o are strong vowels; i, u (and ü) are weak. Two strong vowels side by side are two nuclei
 *   (hiatus: "le-er", "a-é-re-o").
 * - A weak vowel joins the vowels beside it into one nucleus: diphthongs ("a-lian-za", "ciu-dad") and
 *   triphthongs ("U-ru-guay", "es-tu-diáis").
 * - An accented weak vowel (í, ú) is a nucleus of its own, like a strong vowel ("dí-a", "pa-ís", "bú-ho");
 *   next to another weak vowel it stays in one nucleus with it ("cons-truí").
 * - The u of "que", "qui", "gue", "gui" is silent ("gue-rra"); ü is heard and is a weak vowel ("pin-güi-no").
 * - y is a vowel when no vowel follows it ("hoy", "muy", "y") and a consonant before a vowel ("ma-yo").
 * - h between vowels does not separate them ("prohi-bir", "ahu-mar"), as in speech.
 */

const STRONG = 'aeoáéóàèòâêô';
const ACCENTED_WEAK = 'íú';
const WEAK = 'iuüïy';
const VOWELS = `${STRONG}${ACCENTED_WEAK}${WEAK}`;

/** The number of syllables of one Spanish word; 0 for a word without vowels ("TCC", "75"). */
export function spanishSyllables(word: string): number {
  const text = word
    .toLocaleLowerCase('es')
    // The u of que/qui/gue/gui is not pronounced; ü is (pingüino, cigüeña).
    .replace(/([qg])u(?=[eiéí])/g, '$1')
    // y before a vowel is a consonant ("mayo", "yo"): mark it so it does not join a vowel run.
    .replace(new RegExp(`y(?=[${VOWELS}])`, 'g'), 'ʝ')
    // h between vowels does not part them: "prohibir" is proi-bir, "búho" still bú-ho by its accent.
    .replace(new RegExp(`(?<=[${VOWELS}])h(?=[${VOWELS}])`, 'g'), '');
  let syllables = 0;
  for (const run of text.match(new RegExp(`[${VOWELS}]+`, 'g')) ?? []) {
    // Each strong or accented weak vowel is a nucleus; unaccented weak vowels join a neighbour's, and a
    // run of weak vowels alone ("i", "iu", "ui", "y") is one nucleus.
    const nuclei = [...run].filter((c) => STRONG.includes(c) || ACCENTED_WEAK.includes(c)).length;
    syllables += Math.max(1, nuclei);
  }
  return syllables;
}
