import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITICAL,
  FIELDS,
  direction,
  formatNumber,
  parseDecimal,
  parseSaved,
  problemsSentence,
  reliableChange,
  steps,
  validate,
  verdict,
} from '../../../src/widgets/reliable-change/reliable-change-logic';
import { PRESETS } from '../../../src/widgets/reliable-change/questionnaire-presets';
import { must } from '../../../src/lib/required';
import { localized } from '../../../src/i18n';
import { en } from '../../../src/i18n/strings/en';
import { es } from '../../../src/i18n/strings/es';

const PRESET_IDS = PRESETS.map((p) => p.id);
/** The words each page's element receives in its data-messages. */
const words = localized(en.reliableChange.messages, 'en');
const palabras = localized(es.reliableChange.messages, 'es');

describe('reliable change index: worked examples computed by hand', () => {
  it("GAD-7 example (the widget's own): 15 -> 8, SD 3.5, r 0.89 is a reliable improvement", () => {
    // SE     = 3.5 × √(1 − 0.89) = 3.5 × √0.11 = 3.5 × 0.331662 = 1.160819
    // S_diff = √(2 × 1.160819²) = √(2 × 1.347500) = √2.695000 = 1.641646
    // change = 8 − 15 = −7
    // RCI    = −7 / 1.641646 = −4.2640   → |RCI| > 1.96: reliable; lower is better, so an improvement
    // threshold = 1.96 × 1.641646 = 3.2176 points
    const r = reliableChange({ before: 15, after: 8, sd: 3.5, reliability: 0.89 });
    expect(r.se).toBeCloseTo(1.160819, 5);
    expect(r.sDiff).toBeCloseTo(1.641646, 5);
    expect(r.change).toBe(-7);
    expect(r.rci).toBeCloseTo(-4.264, 3);
    expect(r.threshold).toBeCloseTo(3.2176, 3);
    const v = verdict(words, r, true);
    expect(v).toMatchObject({ reliable: true, direction: 'improvement' });
    expect(v.sentence).toMatch(/^Reliable improvement: \|RCI\| = 4\.26 is more than 1\.96/);
  });

  it('30 -> 25, SD 7.5, r 0.80 is within measurement error', () => {
    // SE     = 7.5 × √0.20 = 7.5 × 0.447214 = 3.354102
    // S_diff = √(2 × 3.354102²) = √(2 × 11.25) = √22.5 = 4.743416
    // RCI    = (25 − 30) / 4.743416 = −1.0541   → |RCI| ≤ 1.96: not reliable
    const r = reliableChange({ before: 30, after: 25, sd: 7.5, reliability: 0.8 });
    expect(r.sDiff).toBeCloseTo(4.743416, 5);
    expect(r.rci).toBeCloseTo(-1.0541, 4);
    const v = verdict(words, r, true);
    expect(v).toMatchObject({ reliable: false, direction: 'improvement' });
    expect(v.sentence).toMatch(/^Within measurement error: \|RCI\| = 1\.05 is not more than 1\.96/);
  });

  it('40 -> 52, SD 10, r 0.91: improvement when higher is better, worsening when lower is better', () => {
    // SE     = 10 × √0.09 = 10 × 0.3 = 3
    // S_diff = √(2 × 3²) = √18 = 4.242641
    // RCI    = (52 − 40) / 4.242641 = 2.8284   → reliable
    const r = reliableChange({ before: 40, after: 52, sd: 10, reliability: 0.91 });
    expect(r.se).toBeCloseTo(3, 10);
    expect(r.rci).toBeCloseTo(2.8284, 4);
    expect(verdict(words, r, false)).toMatchObject({ reliable: true, direction: 'improvement' });
    expect(verdict(words, r, true)).toMatchObject({ reliable: true, direction: 'deterioration' });
    expect(verdict(words, r, true).sentence).toMatch(/^Reliable worsening/);
  });

  it('treats no change as no change', () => {
    const r = reliableChange({ before: 10, after: 10, sd: 4, reliability: 0 });
    expect(r.rci).toBe(0);
    expect(verdict(words, r, true)).toMatchObject({ reliable: false, direction: 'no change' });
  });

  it('uses a strict cut-off: exactly 1.96 is not more than 1.96', () => {
    // S_diff = 1 when SE = 1/√2, i.e. SD = 1/√2 and r = 0; then a change of 1.96 gives RCI = 1.96.
    const r = { se: Math.SQRT1_2, sDiff: 1, change: CRITICAL, rci: CRITICAL, threshold: CRITICAL };
    expect(verdict(words, r, false).reliable).toBe(false);
  });

  it("shows every step with the reader's numbers", () => {
    const inputs = { before: 15, after: 8, sd: 3.5, reliability: 0.89 };
    expect(steps(words, inputs, reliableChange(inputs))).toEqual([
      'Standard error of measurement: SE = SD × √(1 − r) = 3.5 × √(1 − 0.89) = 1.161.',
      'Standard error of the difference: S_diff = √(2 × SE²) = √(2 × 1.161²) = 1.642.',
      'Your change: x2 − x1 = 8 − 15 = −7.',
      'Reliable change index: RCI = (x2 − x1) / S_diff = −7 / 1.642 = −4.26.',
      'Compare: |RCI| = 4.26, which is more than 1.96. With these values a change needs to be bigger than 3.22 points to count as reliable.',
    ]);
    expect(steps(words, { ...inputs, before: -2 }, reliableChange({ ...inputs, before: -2 }))[2]).toBe(
      'Your change: x2 − x1 = 8 − (−2) = 10.',
    );
  });

  it('knows which way is better', () => {
    expect(direction(-3, true)).toBe('improvement');
    expect(direction(-3, false)).toBe('deterioration');
    expect(direction(3, false)).toBe('improvement');
    expect(direction(0, false)).toBe('no change');
  });

  it('formats numbers for reading', () => {
    expect(formatNumber(1.16081867, 'en-GB')).toBe('1.161');
    expect(formatNumber(-4.264, 'en-GB', 2)).toBe('−4.26');
    expect(formatNumber(-0.0001, 'en-GB')).toBe('0');
    expect(formatNumber(1000000, 'en-GB')).toBe('1,000,000');
    expect(formatNumber(Number.NaN, 'en-GB')).toBe('0');
  });

  it("formats numbers as the page's locale writes them", () => {
    // Spanish pages write a decimal point and group thousands with a no-break space from five digits.
    expect(formatNumber(1.16081867, 'es')).toBe('1.161');
    expect(formatNumber(-4.264, 'es', 2)).toBe('−4.26');
    expect(formatNumber(1000000, 'es')).toBe('1\u00a0000\u00a0000');
    expect(formatNumber(5030, 'es')).toBe('5030');
  });

  it("speaks the page's language: steps, verdicts and the count of problems", () => {
    const inputs = { before: 15, after: 8, sd: 3.5, reliability: 0.89 };
    const r = reliableChange(inputs);
    expect(steps(palabras, inputs, r)).toEqual([
      'Error estándar de medida: EEM = DE × √(1 − r) = 3.5 × √(1 − 0.89) = 1.161.',
      'Error estándar de la diferencia: S_dif = √(2 × EEM²) = √(2 × 1.161²) = 1.642.',
      'Su cambio: x2 − x1 = 8 − 15 = −7.',
      'Índice de cambio fiable: ICF = (x2 − x1) / S_dif = −7 / 1.642 = −4.26.',
      'Comparación: |ICF| = 4.26, que es mayor que 1.96. Con estos valores, un cambio tiene que ser mayor de 3.22 puntos para considerarse fiable.',
    ]);
    expect(verdict(palabras, r, true).sentence).toMatch(/^Mejoría fiable: \|ICF\| = 4\.26 es mayor que 1\.96, /);
    expect(verdict(palabras, r, false).sentence).toMatch(
      /^Empeoramiento fiable: .* Vale la pena que lo hable con su terapeuta\.$/,
    );
    const small = reliableChange({ before: 30, after: 32, sd: 7.5, reliability: 0.8 });
    expect(verdict(palabras, small, false).sentence).toMatch(/^Dentro del error de medida: .* esta mejoría podría/);
    expect(verdict(palabras, small, true).sentence).toMatch(/este empeoramiento podría/);
    const { errors } = validate(palabras, { before: 'x', after: '', sd: '3,5', reliability: '89' });
    expect(errors.map((e) => e.message)).toEqual([
      'La puntuación de antes debe ser un número; por ejemplo, 15.',
      'Escriba la puntuación de después.',
      'La fiabilidad es un número entre 0 y 1, como 0.89. ¿Quería decir 0.89?',
    ]);
    expect(problemsSentence(palabras, errors)).toBe(
      'Hay 3 cosas que corregir antes de que la calculadora pueda hacer el cálculo. Primero: La puntuación de antes debe ser un número; por ejemplo, 15.',
    );
    expect(problemsSentence(words, errors.slice(1, 2))).toBe(
      'One thing to fix before the calculator can work it out. First: Escriba la puntuación de después.',
    );
  });
});

describe('validation gives clear messages and never throws', () => {
  const good = { before: '15', after: '8', sd: '3.5', reliability: '0.89' };
  const messageFor = (field: string, value: unknown) =>
    validate(words, { ...good, [field]: value }).errors.find((e) => e.field === field)?.message;

  it('accepts numbers as people type them', () => {
    expect(validate(words, good).inputs).toEqual({ before: 15, after: 8, sd: 3.5, reliability: 0.89 });
    expect(validate(words, { ...good, reliability: ' 0,89 ' }).inputs?.reliability).toBe(0.89);
    expect(validate(words, { ...good, reliability: '.89' }).inputs?.reliability).toBe(0.89);
    expect(parseDecimal('-3')).toBe(-3);
  });

  it('names empty fields', () => {
    expect(messageFor('before', '')).toBe('Enter the score before.');
    expect(messageFor('after', '   ')).toBe('Enter the score after.');
    expect(validate(words, {}).errors.map((e) => e.field)).toEqual([...FIELDS]);
  });

  it('rejects text that is not a number', () => {
    for (const junk of ['NaN', 'abc', '1e3', '0x10', 'Infinity', '1.2.3', 'x'.repeat(10_000)]) {
      expect(messageFor('before', junk)).toBe('The score before must be a number, for example 15.');
    }
    expect(messageFor('sd', Number.NaN)).toMatch(/must be a number/);
  });

  it('rejects reliability outside 0-1, suggests a decimal for a percentage, and refuses 1', () => {
    expect(messageFor('reliability', '-0.2')).toBe('Reliability must be between 0 and 1, for example 0.89.');
    expect(messageFor('reliability', '89')).toBe(
      'Reliability is a number between 0 and 1, such as 0.89. Did you mean 0.89?',
    );
    expect(messageFor('reliability', '250')).toBe('Reliability must be between 0 and 1, for example 0.89.');
    expect(messageFor('reliability', '1.5')).toBe('Reliability must be between 0 and 1, for example 0.89.');
    expect(messageFor('reliability', '1')).toMatch(/^Reliability must be below 1/);
    expect(messageFor('reliability', '0')).toBeUndefined();
  });

  it('rejects an SD of zero or less, and huge values', () => {
    expect(messageFor('sd', '0')).toMatch(/^The standard deviation must be more than 0/);
    expect(messageFor('sd', '-2')).toMatch(/^The standard deviation must be more than 0/);
    expect(messageFor('sd', '0.0000001')).toMatch(/^The standard deviation must be between/);
    expect(messageFor('sd', '99999999')).toMatch(/^The standard deviation must be between/);
    expect(messageFor('after', '99999999')).toBe('The score after must be between −1,000,000 and 1,000,000.');
  });

  it('never throws and never produces an impossible result for any input', () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ minLength: 10_000, maxLength: 10_000 }),
      fc.double().map(String),
      fc.constantFrom('', 'NaN', '-Infinity', '1e308', '0', '1', '-0', '0.999', '0.9999'),
      fc.anything(),
    );
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, fc.boolean(), (before, after, sd, reliability, lowerIsBetter) => {
        const { inputs, errors } = validate(words, { before, after, sd, reliability } as Record<string, unknown>);
        for (const e of errors) expect(e.message.length).toBeGreaterThan(0);
        if (!inputs) {
          expect(errors.length).toBeGreaterThan(0);
          return;
        }
        const r = reliableChange(inputs);
        for (const value of Object.values(r)) expect(Number.isFinite(value)).toBe(true);
        expect(r.sDiff).toBeGreaterThan(0);
        const v = verdict(words, r, lowerIsBetter);
        expect(v.reliable).toBe(Math.abs(r.rci) > CRITICAL);
        for (const step of steps(words, inputs, r)) expect(step).not.toMatch(/NaN|Infinity/);
      }),
    );
  });

  it('computes a finite index for any valid numbers, however extreme', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (before, after, sd, reliability) => {
          const { inputs } = validate(words, { before, after, sd, reliability });
          expect(inputs).toBeDefined();
          const r = reliableChange(must(inputs));
          expect(Number.isFinite(r.rci)).toBe(true);
          // The sign follows the change (ignoring subnormal differences that round to an RCI of 0).
          if (Math.abs(after - before) > 1e-9) expect(Math.sign(r.rci)).toBe(Math.sign(after - before));
        },
      ),
    );
  });
});

describe('saved inputs', () => {
  const saved = {
    before: '15',
    after: '8',
    sd: '3.5',
    reliability: '0.89',
    lowerIsBetter: true,
    preset: PRESET_IDS[0],
  };

  it('keeps a well-formed saved value and drops an unknown preset', () => {
    expect(parseSaved(saved, PRESET_IDS)).toEqual(saved);
    expect(parseSaved({ ...saved, preset: 'gone' }, PRESET_IDS)?.preset).toBe('');
  });

  it('discards corrupt saved state of every kind', () => {
    for (const junk of [
      null,
      undefined,
      42,
      'text',
      [],
      [1, 2],
      {},
      { ...saved, before: 15 },
      { ...saved, lowerIsBetter: 'yes' },
      { ...saved, sd: 'x'.repeat(10_000) },
    ]) {
      expect(parseSaved(junk, PRESET_IDS)).toBeUndefined();
    }
  });

  it('never returns an impossible saved state from hostile input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            before: fc.anything(),
            after: fc.string(),
            sd: fc.string(),
            reliability: fc.string(),
            lowerIsBetter: fc.boolean(),
            preset: fc.string(),
          }),
        ),
        (raw) => {
          const parsed = parseSaved(raw, PRESET_IDS);
          if (parsed === undefined) return;
          for (const f of FIELDS) {
            expect(typeof parsed[f]).toBe('string');
            expect(parsed[f].length).toBeLessThanOrEqual(40);
          }
          expect(typeof parsed.lowerIsBetter).toBe('boolean');
          expect(['', ...PRESET_IDS]).toContain(parsed.preset);
        },
      ),
    );
  });
});

describe('questionnaire presets', () => {
  it('hold plausible published values with a source', () => {
    for (const p of PRESETS) {
      expect(
        validate(words, { before: '1', after: '1', sd: String(p.sd), reliability: String(p.reliability) }).errors,
      ).toEqual([]);
      expect(p.sourceId).toMatch(/^[a-z]+\d{4}[a-z]?$/);
    }
  });
});
