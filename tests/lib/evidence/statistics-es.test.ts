import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/lib/evidence/numbers';
import { spanish } from '../../../src/lib/evidence/lexicon/es';
import { extractStatistics } from '../../../src/lib/evidence/statistics';

/** The statistics found in Spanish text, as [number as written, value, hedge, percent?]. */
function found(text: string) {
  return extractStatistics(text, 'es').map((s) => [s.written, Number(s.value.toFixed(3)), s.hedge, s.percent] as const);
}

describe('parseNumber with the Spanish lexicon', () => {
  it.each([
    ['30 000', 30000],
    ['30\u00A0000', 30000],
    ['30\u202F000', 30000],
    ['1314', 1314],
    ['0.58', 0.58],
    ['doce', 12],
    ['dieciséis', 16],
    ['veintiún', 21],
    ['treinta y cinco', 35],
    ['Cincuenta', 50],
    ['cien', 100],
    ['mil', 1000],
    ['muchos', NaN],
  ])('%s -> %d', (text, value) => {
    expect(parseNumber(text, spanish)).toBe(value);
  });
});

describe('extractStatistics in Spanish: what counts', () => {
  it.each([
    // Percentages, with the space before the sign (RAE), without it, and in words.
    ['el 19.7 % de los pacientes mejoró', [['19.7', 19.7, 'exact', true]]],
    ['el 75% de los clientes', [['75', 75, 'exact', true]]],
    ['el 75\u00A0% de los clientes', [['75', 75, 'exact', true]]],
    ['un 75 por ciento de los clientes', [['75', 75, 'exact', true]]],
    ['cincuenta por ciento', [['cincuenta', 50, 'exact', true]]],
    [
      'entre el 45 y el 55 % de los clientes',
      [
        ['45', 45, 'exact', true],
        ['55', 55, 'exact', true],
      ],
    ],
    [
      'del 57.6 al 67.2 % de los pacientes',
      [
        ['57.6', 57.6, 'exact', true],
        ['67.2', 67.2, 'exact', true],
      ],
    ],
    // Each hedge, with "el" and the contractions "del" and "al".
    ['alrededor del 75 % de las personas', [['75', 75, 'about', true]]],
    ['alrededor de 300 estudios', [['300', 300, 'about', false]]],
    ['aproximadamente el 20 % mejoró', [['20', 20, 'about', true]]],
    ['cerca del 20 %', [['20', 20, 'about', true]]],
    ['cerca de 300 estudios', [['300', 300, 'about', false]]],
    ['unos 300 estudios', [['300', 300, 'about', false]]],
    ['unas 12 sesiones', [['12', 12, 'about', false]]],
    ['en torno al 75 %', [['75', 75, 'about', true]]],
    ['en torno a 300 estudios', [['300', 300, 'about', false]]],
    ['algo más de 300 estudios', [['300', 300, 'about', false]]],
    ['más de 30 000 pacientes', [['30 000', 30000, 'above', false]]],
    ['más del 50 %', [['50', 50, 'above', true]]],
    ['al menos 12 sesiones', [['12', 12, 'above', false]]],
    ['por encima del 60 %', [['60', 60, 'above', true]]],
    ['como mínimo 8 sesiones', [['8', 8, 'above', false]]],
    ['menos de 20 sesiones', [['20', 20, 'below', false]]],
    ['menos del 10 % abandonó', [['10', 10, 'below', true]]],
    ['hasta 20 sesiones', [['20', 20, 'below', false]]],
    ['hasta el 30 %', [['30', 30, 'below', true]]],
    ['casi el 20 %', [['20', 20, 'below', true]]],
    ['por debajo del 5 %', [['5', 5, 'below', true]]],
    ['como máximo 16 sesiones', [['16', 16, 'below', false]]],
    // Effect sizes, decimals with a point, confidence intervals.
    [
      'La empatía predijo el resultado: r = .28, alrededor de d = .58',
      [
        ['.28', 0.28, 'exact', false],
        ['.58', 0.58, 'about', false],
      ],
    ],
    ['con una d de Cohen = 0.63', [['0.63', 0.63, 'exact', false]]],
    ['un tamaño del efecto de 0.58', [['0.58', 0.58, 'exact', false]]],
    ['una correlación de alrededor de .28', [['.28', 0.28, 'about', false]]],
    [
      'efectos de entre 0.44 y 0.68',
      [
        ['0.44', 0.44, 'exact', false],
        ['0.68', 0.68, 'exact', false],
      ],
    ],
    [
      'r = .28 (IC del 95 %: .10 a .47)',
      [
        ['.28', 0.28, 'exact', false],
        ['.10', 0.1, 'exact', false],
        ['.47', 0.47, 'exact', false],
      ],
    ],
    [
      'd = 0.3 (intervalo de confianza del 95 %, de 0.2 a 0.4)',
      [
        ['0.3', 0.3, 'exact', false],
        ['0.2', 0.2, 'exact', false],
        ['0.4', 0.4, 'exact', false],
      ],
    ],
    [
      'IC 95 % [.10, .47]',
      [
        ['.10', 0.1, 'exact', false],
        ['.47', 0.47, 'exact', false],
      ],
    ],
    ['(RR 2.13)', [['2.13', 2.13, 'exact', false]]],
    // Counts with a research noun: the adjective usually follows the noun, but may precede it.
    [
      'Un metaanálisis de 2018 reunió 82 muestras independientes con 6138 clientes.',
      [
        ['82', 82, 'exact', false],
        ['6138', 6138, 'exact', false],
      ],
    ],
    [
      'Una revisión de 64 ensayos controlados aleatorizados (8171 participantes)',
      [
        ['64', 64, 'exact', false],
        ['8171', 8171, 'exact', false],
      ],
    ],
    ['tres grandes ensayos', [['tres', 3, 'exact', false]]],
    ['doce sesiones', [['doce', 12, 'exact', false]]],
    ['veinte metaanálisis', [['veinte', 20, 'exact', false]]],
    [
      'la TCC suele durar de 12 a 16 sesiones',
      [
        ['12', 12, 'exact', false],
        ['16', 16, 'exact', false],
      ],
    ],
    [
      'entre 6 y 20 sesiones',
      [
        ['6', 6, 'exact', false],
        ['20', 20, 'exact', false],
      ],
    ],
    [
      '12-16 sesiones',
      [
        ['12', 12, 'exact', false],
        ['16', 16, 'exact', false],
      ],
    ],
    [
      '8 de los 21 estudios',
      [
        ['8', 8, 'exact', false],
        ['21', 21, 'exact', false],
      ],
    ],
    ...(
      [
        'estudios',
        'ensayos',
        'metaanálisis',
        'revisiones',
        'evaluaciones',
        'muestras',
        'comparaciones',
        'cohortes',
        'sesiones',
        'casos',
        'participantes',
        'pacientes',
        'clientes',
        'consultantes',
        'personas',
        'adultos',
        'niños',
        'niñas',
        'adolescentes',
        'jóvenes',
        'estudiantes',
        'veteranos',
        'mujeres',
        'hombres',
        'parejas',
        'familias',
        'terapeutas',
      ] as const
    ).map((noun) => [`con 140 ${noun}`, [['140', 140, 'exact', false]]] as const),
    // Session numbers.
    ['la mitad mejoró hacia la sesión 8', [['8', 8, 'exact', false]]],
    ['en la sesión 8', [['8', 8, 'exact', false]]],
    ['para la sesión 26', [['26', 26, 'exact', false]]],
    // Shares and fractions in words.
    ['uno de cada cinco abandonó', [['uno de cada cinco', 20, 'about', true]]],
    ['1 de cada 5 personas', [['1 de cada 5', 20, 'about', true]]],
    ['dos de cada tres clientes', [['dos de cada tres', 66.667, 'about', true]]],
    ['casi una de cada cuatro', [['una de cada cuatro', 25, 'below', true]]],
    ['la mitad de los pacientes', [['la mitad', 50, 'about', true]]],
    ['más de la mitad', [['la mitad', 50, 'above', true]]],
    ['alrededor de la mitad de quienes empiezan', [['la mitad', 50, 'about', true]]],
    ['casi dos tercios de los clientes', [['dos tercios', 66.667, 'below', true]]],
    ['un tercio de las personas', [['un tercio', 33.333, 'about', true]]],
    ['un cuarto de los participantes', [['un cuarto', 25, 'about', true]]],
    ['tres cuartos de los clientes', [['tres cuartos', 75, 'about', true]]],
    ['una quinta parte de los pacientes', [['una quinta parte', 20, 'about', true]]],
    // A count in a table column headed like "Participantes" is read in extract only with its noun.
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('extractStatistics in Spanish: what does not count', () => {
  it.each([
    'En 1957 Rogers propuso seis condiciones.',
    'Un metaanálisis de 2018 sobre la alianza.',
    'una revisión publicada en 2019 encontró un vínculo moderado',
    'las ocho etapas de Erikson',
    'una sesión de 50 minutos, semanal o quincenal',
    'dos personas que se encuentran con honestidad',
    'Un estudio encontró lo contrario; dos grandes estudios coincidieron.',
    'en la primera mitad de la sesión',
    'en la mitad de la sesión',
    'un cuarto de hora',
    'Paso 1: note el pensamiento. Paso 2: póngale nombre.',
    'Los beneficios fueron significativos a los 6-12 meses',
    'el IC del 95 % era amplio',
    'el intervalo de confianza del 95 % era amplio',
    // What a value of a scale means is a definition, not a finding.
    'Una correlación de 0 significa que no hay relación lineal.',
    'Un riesgo relativo de 1 indica que no hay diferencia.',
    'Un NNT de 4 quiere decir que, de media, hay que tratar a cuatro personas.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('never counts a year, whatever surrounds it', () => {
    const contexts = [
      (y: number) => `En ${y}, ${y} estudios se publicaron.`,
      (y: number) => `una revisión de ${y}`,
      (y: number) => `(${y})`,
      (y: number) => `de ${y} a ${y + 1}`,
      (y: number) => `${y} pacientes`,
      (y: number) => `${y} %`,
      (y: number) => `r = ${y}`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2099 }), fc.integer({ min: 0, max: contexts.length - 1 }), (year, c) => {
        const stats = extractStatistics(contexts[c](year), 'es');
        expect(stats.filter((s) => s.value === year || s.value === year + 1)).toEqual([]);
      }),
    );
  });
});

describe('extractStatistics in Spanish: properties', () => {
  it('reads any count grouped by a space, a no-break space or a thin space as one number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 999_999 }), fc.constantFrom(' ', '\u00A0', '\u202F'), (n, space) => {
        const written = `${Math.floor(n / 1000)}${space}${String(n % 1000).padStart(3, '0')}`;
        const stats = extractStatistics(`En ${written} pacientes el vínculo se mantuvo.`, 'es');
        expect(stats.map((s) => [s.written, s.value])).toEqual([[written, n]]);
      }),
    );
  });

  it('reads the hedge of any Spanish hedge before a count', () => {
    const hedges = {
      'alrededor de': 'about',
      aproximadamente: 'about',
      'cerca de': 'about',
      unos: 'about',
      'en torno a': 'about',
      'algo más de': 'about',
      'más de': 'above',
      'al menos': 'above',
      'por encima de': 'above',
      'como mínimo': 'above',
      'menos de': 'below',
      hasta: 'below',
      casi: 'below',
      'por debajo de': 'below',
      'como máximo': 'below',
    } as const;
    fc.assert(
      // Counts of 1800-2099 read as years; those are written grouped ("2 000") or rephrased.
      fc.property(fc.constantFrom(...Object.keys(hedges)), fc.integer({ min: 2, max: 1799 }), (hedge, n) => {
        const stats = extractStatistics(`En ${hedge} ${n} pacientes el vínculo se mantuvo.`, 'es');
        expect(stats.map((s) => [s.value, s.hedge])).toEqual([[n, hedges[hedge as keyof typeof hedges]]]);
      }),
    );
  });

  it('leaves English text to the English words', () => {
    expect(extractStatistics('about 300 studies', 'es')).toEqual([]);
    expect(extractStatistics('unos 300 estudios', 'en')).toEqual([]);
  });
});
