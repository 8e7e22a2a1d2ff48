import { existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spotTheFactorContent } from '../../../src/widgets/spot-the-factor/spot-the-factor-content';
import {
  FACTOR_IDS,
  isRight,
  lineFeedback,
  parseState,
  score,
  scoreSentence,
  type FactorId,
  type Picks,
} from '../../../src/widgets/spot-the-factor/spot-the-factor-logic';
import { ROOT } from '../../helpers/paths';
import { localized } from '../../../src/i18n';
import { LANGUAGE_CODES } from '../../../src/i18n/languages.mjs';
import { en } from '../../../src/i18n/strings/en';
import { es } from '../../../src/i18n/strings/es';

const { excerpts: EXCERPTS, factors: FACTORS } = spotTheFactorContent();
/** The words each page's element receives in its data-messages. */
const words = localized(en.spotTheFactor.messages, 'en');
const palabras = localized(es.spotTheFactor.messages, 'es');

const lines = EXCERPTS.flatMap((e) => e.lines);
const lineIds = lines.map((l) => l.id);
const labels = Object.fromEntries(FACTORS.map((f) => [f.id, f.label]));

describe('spot the factor data', () => {
  it('has two or three excerpts of a few lines each, with both a therapist and a client', () => {
    expect(EXCERPTS.length).toBeGreaterThanOrEqual(2);
    expect(EXCERPTS.length).toBeLessThanOrEqual(3);
    for (const excerpt of EXCERPTS) {
      expect(excerpt.lines.length).toBeGreaterThanOrEqual(4);
      expect(excerpt.lines.length).toBeLessThanOrEqual(8);
      expect(new Set(excerpt.lines.map((l) => l.role))).toEqual(new Set(['therapist', 'client']));
      expect(excerpt.setting.length).toBeGreaterThan(20);
    }
  });

  it('gives every line a unique id, used for saved answers', () => {
    expect(new Set(lineIds).size).toBe(lineIds.length);
    EXCERPTS.forEach((e) => e.lines.forEach((l, i) => expect(l.id).toBe(`${e.id}-${i + 1}`)));
  });

  it('names fictional people by first name only, different people in each excerpt', () => {
    const speakers = EXCERPTS.map((e) => new Set(e.lines.map((l) => l.speaker)));
    for (const name of lines.map((l) => l.speaker)) expect(name).toMatch(/^\p{Lu}\p{Ll}+$/u);
    const everyone = speakers.flatMap((s) => [...s]);
    expect(new Set(everyone).size).toBe(everyone.length);
    EXCERPTS.forEach((e, i) => speakers[i].forEach((name) => expect(e.setting).toContain(name)));
  });

  it('uses only known factors, and shows each factor at least once', () => {
    const known = FACTORS.map((f) => f.id);
    expect([...known, 'none']).toEqual([...FACTOR_IDS]);
    for (const line of lines) {
      line.factors.forEach((f) => expect(known).toContain(f));
      expect(new Set(line.factors).size).toBe(line.factors.length);
    }
    for (const id of known) expect(lines.some((l) => l.factors.includes(id))).toBe(true);
    expect(lines.some((l) => l.factors.length === 0)).toBe(true);
  });

  it('explains every line in one sentence', () => {
    for (const line of lines) {
      expect(line.explanation).toMatch(/^\p{Lu}.*\.$/u);
      expect(line.explanation.slice(0, -1)).not.toMatch(/[.!?]\s/);
      expect(line.text.trim()).toBe(line.text);
    }
  });

  it('links each factor to an existing article', () => {
    for (const factor of FACTORS) {
      const file = path.join(ROOT, 'content/articles', `${factor.page.replace(/^\/|\/$/g, '')}.mdx`);
      expect(existsSync(file), factor.page).toBe(true);
      expect(factor.lookFor).toMatch(/^\p{Lu}.*\.$/u);
    }
  });
});

describe('spot the factor logic', () => {
  it('accepts any intended factor, and "none" for a line that shows none', () => {
    expect(isRight('empathy', ['empathy'])).toBe(true);
    expect(isRight('positive-regard', ['genuineness', 'positive-regard'])).toBe(true);
    expect(isRight('none', [])).toBe(true);
    expect(isRight('empathy', [])).toBe(false);
    expect(isRight('none', ['empathy'])).toBe(false);
    expect(isRight(undefined, [])).toBe(false);
  });

  it('scores right, blank and total over every line', () => {
    const key = [
      { id: 'a', factors: ['empathy'] },
      { id: 'b', factors: [] },
      { id: 'c', factors: ['mentalizing'] },
    ];
    expect(score({ a: 'empathy', b: 'collaboration' }, key)).toEqual({ answered: 2, correct: 1, total: 3 });
    expect(scoreSentence(words, { answered: 2, correct: 1, total: 3 })).toMatch(
      /^You matched 1 of 3 lines \(1 left blank\)\./,
    );
    expect(scoreSentence(words, { answered: 3, correct: 3, total: 3 })).toMatch(/^You matched 3 of 3 lines\./);
  });

  it('explains each line in words, naming what it shows', () => {
    expect(lineFeedback(words, 'empathy', ['empathy'], labels)).toBe('Right: this line shows Empathy.');
    expect(lineFeedback(words, 'none', [], labels)).toBe('Right: this line shows none of the factors.');
    expect(lineFeedback(words, 'none', ['genuineness', 'positive-regard'], labels)).toBe(
      'Not quite: you chose none of the factors; this line shows Genuineness and Positive regard.',
    );
    expect(lineFeedback(words, 'collaboration', ['empathy'], labels)).toBe(
      'Not quite: you chose Collaboration; this line shows Empathy.',
    );
    expect(lineFeedback(words, undefined, ['empathy'], labels)).toBe('Not answered. This line shows Empathy.');
  });

  it("speaks the page's language, with its way of listing two factors", () => {
    const etiquetas = Object.fromEntries(spotTheFactorContent('es').factors.map((f) => [f.id, f.label]));
    expect(lineFeedback(palabras, 'none', ['genuineness', 'positive-regard'], etiquetas)).toBe(
      'No exactamente. Usted eligió: ninguno de los factores. Lo que muestra esta frase: Autenticidad y Consideración positiva.',
    );
    expect(lineFeedback(palabras, 'none', [], etiquetas)).toBe(
      'Correcto. Lo que muestra esta frase: ninguno de los factores.',
    );
    expect(lineFeedback(palabras, undefined, ['empathy'], etiquetas)).toBe(
      'Sin responder. Lo que muestra esta frase: Empatía.',
    );
    expect(scoreSentence(palabras, { answered: 2, correct: 1, total: 3 })).toBe(
      'Acertó 1 de 3 frases (1 sin responder). Ahora cada frase muestra qué pretendía mostrar.',
    );
  });

  it('marks the intended answers as all right on the real excerpts', () => {
    const picks: Picks = Object.fromEntries(lines.map((l) => [l.id, (l.factors[0] ?? 'none') as FactorId]));
    expect(score(picks, lines)).toEqual({ answered: lines.length, correct: lines.length, total: lines.length });
  });

  it('keeps any score within bounds for any answers', () => {
    const pick = fc.option(fc.constantFrom(...FACTOR_IDS), { nil: undefined });
    fc.assert(
      fc.property(fc.array(pick, { minLength: lines.length, maxLength: lines.length }), (chosen) => {
        const picks: Picks = {};
        chosen.forEach((p, i) => p && (picks[lines[i].id] = p));
        const s = score(picks, lines);
        expect(s.total).toBe(lines.length);
        expect(s.correct).toBeLessThanOrEqual(s.answered);
        expect(s.answered).toBeLessThanOrEqual(s.total);
        expect(s.total - s.answered).toBe(chosen.filter((p) => p === undefined).length);
        expect(s.correct).toBe(lines.filter((l, i) => isRight(chosen[i], l.factors)).length);
      }),
    );
  });

  it('never yields an impossible saved state from hostile input', () => {
    const hostilePicks = fc.dictionary(
      fc.oneof(fc.constantFrom(...lineIds, '__proto__', 'constructor'), fc.string()),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ picks: hostilePicks, checked: fc.anything() })), (raw) => {
        const state = parseState(raw, lineIds);
        if (state === undefined) return;
        expect(typeof state.checked).toBe('boolean');
        for (const [id, value] of Object.entries(state.picks)) {
          expect(lineIds).toContain(id);
          expect(FACTOR_IDS).toContain(value);
        }
        expect(() => score(state.picks, lines)).not.toThrow();
      }),
    );
  });

  it('keeps valid saved answers exactly', () => {
    const saved = { picks: { 'brother-2': 'empathy', 'plan-2': 'none' }, checked: true };
    expect(parseState(JSON.parse(JSON.stringify(saved)), lineIds)).toEqual(saved);
    expect(parseState({ picks: { 'brother-2': 'kindness', gone: 'empathy' }, checked: 'yes' }, lineIds)).toEqual({
      picks: {},
      checked: false,
    });
    for (const junk of [null, 'x', [], { picks: [] }, { picks: null }])
      expect(parseState(junk, lineIds)).toBeUndefined();
  });
});

describe.each(LANGUAGE_CODES.filter((lang) => lang !== 'en'))('spot the factor in %s', (lang) => {
  const translation = spotTheFactorContent(lang);
  const shape = (content: typeof translation) => ({
    factors: content.factors.map((f) => f.id),
    lines: content.excerpts.flatMap((e) => e.lines.map((l) => [l.id, l.role, l.factors])),
  });

  it('has the same factors, excerpts, lines, roles and answers as the English, so saved answers carry over', () => {
    expect(shape(translation)).toEqual(shape(spotTheFactorContent()));
  });

  it('links each factor to its page in that language where there is one, otherwise to the English page', () => {
    const english = new Map(FACTORS.map((f) => [f.id, f.page]));
    for (const factor of translation.factors)
      expect([english.get(factor.id), `/${lang}${english.get(factor.id)}`]).toContain(factor.page);
  });
});
