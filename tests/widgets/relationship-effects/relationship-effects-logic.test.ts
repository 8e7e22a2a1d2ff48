import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_EFFECTS } from '../../../src/widgets/relationship-effects/relationship-effects-data';
import {
  PLOT,
  ciLine,
  dToR,
  effectView,
  formatEffect,
  labelOverflow,
  parseEffect,
  plotX,
  rToD,
  sortEffects,
  statusSentence,
  toMetric,
  toSortKey,
  valueLine,
  whiskerPath,
  type RelationshipEffect,
} from '../../../src/widgets/relationship-effects/relationship-effects-logic';
import { must } from '../../../src/lib/required';
import { relationshipEffectsContent } from '../../../src/widgets/relationship-effects/relationship-effects-content';
import { localized } from '../../../src/i18n';
import { en } from '../../../src/i18n/strings/en';
import { es } from '../../../src/i18n/strings/es';

/** The words each page's element receives in its data-messages: the strings, and the rows' names. */
const wordsIn = (lang: 'en' | 'es') =>
  localized(
    {
      ...(lang === 'en' ? en : es).relationshipEffects.messages,
      names: Object.fromEntries(Object.values(relationshipEffectsContent(lang)).map((row) => [row.id, row.element])),
    },
    lang,
  );
const words = wordsIn('en');
const palabras = wordsIn('es');
const byId = (id: string) => must(RELATIONSHIP_EFFECTS.find((e) => e.id === id));
/** Every r strictly inside (−1, 1), including values a hair from the ends. */
const openUnitInterval = fc.double({ min: -1, max: 1, noNaN: true, minExcluded: true, maxExcluded: true });

describe('converting between r and d', () => {
  it('matches the figures the meta-analyses print', () => {
    // Flückiger et al. give r = .278 as "equivalent of d = .579"; Tryon et al. r = .29 as d = .61.
    expect(rToD(0.278)).toBeCloseTo(0.579, 3);
    expect(formatEffect(must(rToD(0.29)))).toBe('.61');
    expect(rToD(0)).toBe(0);
    expect(dToR(0.58)).toBeCloseTo(0.278, 2);
  });

  it('rejects r outside (−1, 1) and anything that is not a finite number, without throwing', () => {
    for (const bad of [-1, 1, 1.5, -7, Number.NaN, Infinity, -Infinity, '0.3', null, undefined, {}]) {
      expect(rToD(bad as number)).toBeUndefined();
    }
    for (const bad of [Number.NaN, Infinity, -Infinity, '1', null]) expect(dToR(bad as number)).toBeUndefined();
  });

  it('round-trips every r in (−1, 1)', () => {
    fc.assert(
      fc.property(openUnitInterval, (r) => {
        const d = rToD(r);
        expect(d).toBeDefined();
        expect(Number.isFinite(d)).toBe(true);
        expect(dToR(must(d))).toBeCloseTo(r, 9);
      }),
    );
  });

  it('keeps the sign, grows with r and is never smaller than 2r in size', () => {
    fc.assert(
      fc.property(openUnitInterval, openUnitInterval, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(must(rToD(low))).toBeLessThanOrEqual(must(rToD(high)));
        expect(Math.sign(must(rToD(a)))).toBe(Math.sign(a));
        expect(Math.abs(must(rToD(a)))).toBeGreaterThanOrEqual(Math.abs(2 * a) - 1e-12);
      }),
    );
  });

  it('turns any finite d, however huge or tiny, into an r strictly between −1 and 1', () => {
    fc.assert(
      fc.property(fc.double(), (d) => {
        const r = dToR(d);
        if (!Number.isFinite(d)) {
          expect(r).toBeUndefined();
          return;
        }
        expect(r).toBeGreaterThan(-1);
        expect(r).toBeLessThan(1);
        if (d !== 0 && Math.abs(d) > 1e-150) expect(Math.sign(must(r))).toBe(Math.sign(d));
      }),
    );
    expect(dToR(1e308)).toBeLessThan(1);
    expect(dToR(-1e308)).toBeGreaterThan(-1);
  });
});

describe('reading and writing effect sizes', () => {
  it('parses numbers as the sources print them and formats them APA style', () => {
    expect(parseEffect('.278')).toBe(0.278);
    expect(parseEffect('-.09')).toBe(-0.09);
    expect(parseEffect('−.09')).toBe(-0.09);
    expect(parseEffect('1')).toBe(1);
    for (const bad of ['', '.', 'r = .2', '1e3', 'NaN', '0x1', null, 12]) expect(parseEffect(bad)).toBeUndefined();
    expect(formatEffect(0.5788)).toBe('.58');
    expect(formatEffect(1.0649)).toBe('1.06');
    expect(formatEffect(-0.1)).toBe('−.10');
    expect(formatEffect(-0.001)).toBe('.00');
    expect(formatEffect(Number.NaN)).toBe('');
  });

  it('never throws on hostile text, and gives back only finite numbers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ minLength: 10_000, maxLength: 10_000 }), fc.anything()), (text) => {
        const value = parseEffect(text);
        if (value !== undefined) expect(Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('what each element shows', () => {
  it('shows the reported r, with the reported interval', () => {
    const view = must(effectView(byId('alliance'), 'r'));
    expect(view).toMatchObject({ text: '.278', label: 'r', converted: false });
    expect(valueLine(view)).toBe('r = .278');
    expect(ciLine(words, view)).toBe('95% CI [.256, .299]');
  });

  it('shows the reported d, and the interval of r converted bound by bound and marked ≈', () => {
    const view = must(effectView(byId('alliance'), 'd'));
    expect(valueLine(view)).toBe('d = .58');
    expect(ciLine(words, view)).toBe('95% CI ≈ [.53, .63]');
    expect(view.ci?.converted).toBe(true);
  });

  it('converts only when the source gives no figure on that scale, and says so', () => {
    const regard = byId('positive-regard');
    expect(valueLine(must(effectView(regard, 'd')))).toBe('g = .28');
    const asR = must(effectView(regard, 'r'));
    expect(asR.converted).toBe(true);
    expect(valueLine(asR)).toBe('r ≈ .14');
    expect(ciLine(words, asR)).toBe('CI not reported here');
    const onlyR: RelationshipEffect = { id: 'x', source: 's', reported: { r: '.26' } };
    expect(valueLine(must(effectView(onlyR, 'd')))).toBe('d ≈ .54');
  });

  it('never throws on hostile rows, and never plots an impossible value', () => {
    const text = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 8 }),
      fc.double().map(String),
      fc.constantFrom('.3', '-.2', '1', '.999', '5'),
    );
    const row = fc.record({
      id: fc.string(),
      source: fc.string(),
      reported: fc.record({ r: text, d: text, g: text }),
      ciOfR: fc.option(fc.tuple(text, text), { nil: undefined }),
    }) as fc.Arbitrary<RelationshipEffect>;
    fc.assert(
      fc.property(row, fc.constantFrom('r', 'd') as fc.Arbitrary<'r' | 'd'>, (effect, metric) => {
        const view = effectView(effect, metric);
        if (!view) return;
        expect(Number.isFinite(view.value)).toBe(true);
        if (metric === 'r') expect(Math.abs(view.value)).toBeLessThan(1);
        if (view.ci) expect(view.ci.low).toBeLessThanOrEqual(view.ci.high);
        const x = plotX(view.value, metric);
        expect(x).toBeGreaterThanOrEqual(PLOT.left);
        expect(x).toBeLessThanOrEqual(PLOT.right);
        expect(whiskerPath(view, metric)).not.toMatch(/NaN|Infinity/);
      }),
    );
  });
});

describe('sorting', () => {
  it('puts the data file in its documented order (largest r first) and names A to Z', () => {
    expect(sortEffects(RELATIONSHIP_EFFECTS, 'size', 'r', words)).toEqual(RELATIONSHIP_EFFECTS);
    expect(sortEffects(RELATIONSHIP_EFFECTS, 'name', 'd', words).map((e) => words.names[e.id])[0]).toBe(
      'Collaboration',
    );
    expect(sortEffects(RELATIONSHIP_EFFECTS, 'size', 'd', words)[0].id).toBe('rupture-repair');
  });

  it("sorts A to Z by the names in the page's language", () => {
    const names = sortEffects(RELATIONSHIP_EFFECTS, 'name', 'r', palabras).map((e) => palabras.names[e.id]);
    expect(names.slice(0, 3)).toEqual(['Acuerdo sobre los objetivos', 'Alianza terapéutica', 'Cohesión del grupo']);
    expect(names.at(-1)).toBe('Reparación de rupturas');
  });

  it('is stable: ties keep their input order, and nothing is lost or added', () => {
    // Few distinct values and names, so ties are common.
    const row = fc.record({ element: fc.constantFrom('A', 'B', 'C'), r: fc.constantFrom('.1', '.2', '.3') });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.constantFrom('size', 'name') as fc.Arbitrary<'size' | 'name'>,
        (rows, key) => {
          const effects: RelationshipEffect[] = rows.map((r, i) => ({
            id: String(i),
            source: '',
            reported: { r: r.r },
          }));
          const names = { names: Object.fromEntries(rows.map((r, i) => [String(i), r.element])), locale: 'en-GB' };
          const sorted = sortEffects(effects, key, 'r', names);
          expect([...sorted].sort((a, b) => Number(a.id) - Number(b.id))).toEqual(effects);
          for (let i = 1; i < sorted.length; i++) {
            const [a, b] = [sorted[i - 1], sorted[i]];
            const order =
              key === 'name'
                ? names.names[a.id].localeCompare(names.names[b.id], 'en')
                : Number(b.reported.r) - Number(a.reported.r);
            expect(order).toBeLessThanOrEqual(0);
            if (order === 0) expect(Number(a.id)).toBeLessThan(Number(b.id));
          }
        },
      ),
    );
  });

  it('does not change the array it was given', () => {
    const copy = [...RELATIONSHIP_EFFECTS];
    sortEffects(RELATIONSHIP_EFFECTS, 'name', 'r', words);
    expect(RELATIONSHIP_EFFECTS).toEqual(copy);
  });
});

describe('controls and geometry', () => {
  it('reads any control value as a valid sort key or scale', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(['size', 'name']).toContain(toSortKey(value));
        expect(['r', 'd']).toContain(toMetric(value));
      }),
    );
    expect(toSortKey('name')).toBe('name');
    expect(toMetric('d')).toBe('d');
  });

  it('widens the drawing to the left only for names longer than the label column', () => {
    expect(labelOverflow(Object.values(words.names))).toBe(0);
    expect(labelOverflow(Object.values(palabras.names))).toBeGreaterThan(0);
    expect(labelOverflow(['x'.repeat(40)])).toBe(40 * 7.5 + 4 - PLOT.labelRight);
    expect(labelOverflow([])).toBe(0);
  });

  it('keeps every position inside the plot, whatever the value', () => {
    fc.assert(
      fc.property(fc.double(), fc.constantFrom('r', 'd') as fc.Arbitrary<'r' | 'd'>, (value, metric) => {
        const x = plotX(value, metric);
        expect(x).toBeGreaterThanOrEqual(PLOT.left);
        expect(x).toBeLessThanOrEqual(PLOT.right);
      }),
    );
  });

  it('fits every interval in the data inside its axis', () => {
    for (const metric of ['r', 'd'] as const) {
      for (const effect of RELATIONSHIP_EFFECTS) {
        const view = must(effectView(effect, metric));
        expect(Math.max(view.value, view.ci?.high ?? 0)).toBeLessThanOrEqual(PLOT.axes[metric].max);
      }
    }
  });

  it('announces the order and the scale in words', () => {
    expect(statusSentence(words, 'name', 'd')).toBe(
      'Chart shows the elements in alphabetical order, as standardised differences (d).',
    );
    expect(statusSentence(words, 'size', 'r')).toBe('Chart shows the elements largest first, as correlations (r).');
  });

  it("says it in the page's language", () => {
    expect(statusSentence(palabras, 'name', 'd')).toBe(
      'El gráfico muestra los elementos por orden alfabético, como diferencias estandarizadas (d).',
    );
    expect(ciLine(palabras, must(effectView(byId('alliance'), 'r')))).toBe('IC del 95\u00a0% [.256, .299]');
    expect(ciLine(palabras, must(effectView(byId('congruence'), 'r')))).toBe('IC no indicado aquí');
  });
});
