import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractStatistics } from '../../../src/lib/evidence/statistics';

/** The statistics found, as [number as written, value, hedge, percent?] for compact expectations. */
function found(text: string) {
  return extractStatistics(text).map((s) => [s.written, Number(s.value.toFixed(3)), s.hedge, s.percent] as const);
}

describe('extractStatistics: what counts (sentences from the articles)', () => {
  it.each([
    // Percentages, with and without hedges.
    [
      'the average treated client ended up better off than roughly 75% of comparable untreated people',
      [['75', 75, 'about', true]],
    ],
    ['only about 20% improved', [['20', 20, 'about', true]]],
    [
      '57.6-67.2% of patients improved within a course',
      [
        ['57.6', 57.6, 'exact', true],
        ['67.2', 67.2, 'exact', true],
      ],
    ],
    ['about 75 percent of clients', [['75', 75, 'about', true]]],
    [
      'between 45 and 55 per cent of clients',
      [
        ['45', 45, 'exact', true],
        ['55', 55, 'exact', true],
      ],
    ],
    ['heterogeneity was high (I² = 60%)', [['60', 60, 'exact', true]]],
    // Effect sizes and test statistics.
    [
      'Therapist empathy predicted client outcome moderately well: r = .28, about d = .58',
      [
        ['.28', 0.28, 'exact', false],
        ['.58', 0.58, 'about', false],
      ],
    ],
    [
      'with an effect size of d = 0.63 and a number needed to treat of about 2.9',
      [
        ['0.63', 0.63, 'exact', false],
        ['2.9', 2.9, 'about', false],
      ],
    ],
    ['did slightly less well than antidepressant medication (d = -0.19)', [['0.19', -0.19, 'exact', false]]],
    ['did slightly less well (g = −0.31)', [['0.31', -0.31, 'exact', false]]],
    [
      'the odds ratio was OR = 2.1 and p < .05',
      [
        ['2.1', 2.1, 'exact', false],
        ['.05', 0.05, 'below', false],
      ],
    ],
    [
      'pooled across k = 12 studies (N = 1,314)',
      [
        ['12', 12, 'exact', false],
        ['1,314', 1314, 'exact', false],
      ],
    ],
    ['an effect size of around 0.8', [['0.8', 0.8, 'about', false]]],
    // Confidence limits: the limits count, the level does not.
    [
      'r = .28, 95% CI [.10, .47]',
      [
        ['.28', 0.28, 'exact', false],
        ['.10', 0.1, 'exact', false],
        ['.47', 0.47, 'exact', false],
      ],
    ],
    [
      'd = 0.3 (95% confidence interval 0.2 to 0.4)',
      [
        ['0.3', 0.3, 'exact', false],
        ['0.2', 0.2, 'exact', false],
        ['0.4', 0.4, 'exact', false],
      ],
    ],
    // Counts with a research noun.
    [
      'A 2018 meta-analysis combined 82 independent samples with 6,138 clients.',
      [
        ['82', 82, 'exact', false],
        ['6,138', 6138, 'exact', false],
      ],
    ],
    [
      'Across 295 studies with more than 30,000 patients, the alliance predicted outcome',
      [
        ['295', 295, 'exact', false],
        ['30,000', 30000, 'above', false],
      ],
    ],
    [
      'A review of 64 randomised controlled trials (8,171 participants) found',
      [
        ['64', 64, 'exact', false],
        ['8,171', 8171, 'exact', false],
      ],
    ],
    [
      'trauma-focused CBT typically takes about 12-16 sessions',
      [
        ['12', 12, 'about', false],
        ['16', 16, 'about', false],
      ],
    ],
    [
      'CBT for PTSD is typically 12 to 16 sessions',
      [
        ['12', 12, 'exact', false],
        ['16', 16, 'exact', false],
      ],
    ],
    [
      'often somewhere between 6 and 20 sessions, weekly',
      [
        ['6', 6, 'exact', false],
        ['20', 20, 'exact', false],
      ],
    ],
    ['on average 6.46 sessions, ranging from 3 to 29', [['6.46', 6.46, 'exact', false]]],
    ['Ten studies compared IPT with other psychological treatments', [['Ten', 10, 'exact', false]]],
    [
      'three trials and twelve sessions',
      [
        ['three', 3, 'exact', false],
        ['twelve', 12, 'exact', false],
      ],
    ],
    ['about 300 studies', [['300', 300, 'about', false]]],
    // Shares in words.
    [
      'across 669 studies about one client in five left early',
      [
        ['669', 669, 'exact', false],
        ['one client in five', 20, 'about', true],
      ],
    ],
    ['one in five people drop out', [['one in five', 20, 'about', true]]],
    ['2 out of 3 clients', [['2 out of 3', 66.667, 'about', true]]],
    [
      'about half of clients had improved by session 8',
      [
        ['half', 50, 'about', true],
        ['8', 8, 'exact', false],
      ],
    ],
    [
      'in 17 outpatients and 8 of the 21 studies',
      [
        ['17', 17, 'exact', false],
        ['8', 8, 'exact', false],
        ['21', 21, 'exact', false],
      ],
    ],
    [
      'response (RR 2.13) and remission (RR 2.45); odds ratio 2.61, number needed to treat 5',
      [
        ['2.13', 2.13, 'exact', false],
        ['2.45', 2.45, 'exact', false],
        ['2.61', 2.61, 'exact', false],
        ['5', 5, 'exact', false],
      ],
    ],
    [
      'with a relative risk of about 1.25 to 1.27',
      [
        ['1.25', 1.25, 'about', false],
        ['1.27', 1.27, 'about', false],
      ],
    ],
    [
      'effect sizes between 0.44 and 0.68',
      [
        ['0.44', 0.44, 'exact', false],
        ['0.68', 0.68, 'exact', false],
      ],
    ],
    [
      'g = 0.82 against waiting lists, 0.64 against usual care and 0.51 against placebo',
      [
        ['0.82', 0.82, 'exact', false],
        ['0.64', 0.64, 'exact', false],
        ['0.51', 0.51, 'exact', false],
      ],
    ],
    ['A small edge for CBT (-0.26) was equivocal', [['0.26', -0.26, 'exact', false]]],
    [
      'pooled data: about half measurably improved by eight sessions',
      [
        ['half', 50, 'about', true],
        ['eight', 8, 'exact', false],
      ],
    ],
    ['nearly two-thirds of patients', [['two-thirds', 66.667, 'below', true]]],
    ['more than three-quarters of clients', [['three-quarters', 75, 'above', true]]],
    // "N in M" only as a share: these are counts.
    ['4 trials in 12 countries', [['4', 4, 'exact', false]]],
    ['it took 3 sessions in 4 weeks', [['3', 3, 'exact', false]]],
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('extractStatistics: what does not count', () => {
  it.each([
    'In 1957 Rogers proposed six conditions.',
    'A 2018 meta-analysis of the alliance.',
    'a review published in 2019 found a moderate link',
    "Erikson's eight stages of psychosocial development",
    'a 50-minute session, weekly or fortnightly',
    'two people meeting honestly',
    'Group therapy means one or two therapists working with several people at once.',
    'One study found the opposite; two large studies agreed.',
    'the first half of the session',
    'half an hour',
    'samples are small (8 to a few dozen people per study)',
    'Step 1: notice the thought. Step 2: name it.',
    'Most named therapies belong to one of six broad families.',
    'Benefits were significant at 6-12 months but not at 13-24 months',
    'the 95% CI was wide',
    'Day 4 or 5: The first session',
    // What a value of a scale means is a definition, not a finding.
    'A correlation of 0 means no linear link.',
    'A relative risk of 1 means no difference. A relative risk of 2 means the outcome was twice as likely.',
    'an NNT of 4 means that, on average, treating four people leads to one extra good outcome',
    'An odds ratio below 1 means the event is less likely in the first group',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('never counts a year, whatever surrounds it', () => {
    const contexts = [
      (y: number) => `In ${y}, ${y} studies were published.`,
      (y: number) => `a ${y} review`,
      (y: number) => `(${y})`,
      (y: number) => `from ${y} to ${y + 1}`,
      (y: number) => `${y} patients`,
      (y: number) => `${y}%`,
      (y: number) => `r = ${y}`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2099 }), fc.integer({ min: 0, max: contexts.length - 1 }), (year, c) => {
        expect(extractStatistics(contexts[c](year)).filter((s) => s.value === year || s.value === year + 1)).toEqual(
          [],
        );
      }),
    );
  });
});

describe('extractStatistics: properties', () => {
  it('finds any percentage written with digits, with its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
        const written = `${whole}.${tenth}`;
        const stats = extractStatistics(`In the trial, ${written}% of clients improved.`);
        expect(stats.map((s) => [s.value, s.percent, s.hedge])).toEqual([[Number(written), true, 'exact']]);
      }),
    );
  });

  it('reads the hedge of any hedge word before a count', () => {
    const hedges = {
      about: 'about',
      roughly: 'about',
      'more than': 'above',
      'at least': 'above',
      'fewer than': 'below',
      'up to': 'below',
      nearly: 'below',
    } as const;
    fc.assert(
      // Counts of 1800-2099 are written with a comma ("2,000"), so none reads as a year.
      fc.property(fc.constantFrom(...Object.keys(hedges)), fc.integer({ min: 2, max: 99_999 }), (hedge, n) => {
        const written = n.toLocaleString('en-GB');
        const stats = extractStatistics(`Across ${hedge} ${written} patients the link held.`);
        expect(stats.map((s) => [s.value, s.hedge])).toEqual([[n, hedges[hedge as keyof typeof hedges]]]);
      }),
    );
  });

  it('reports offsets that point at the number as written', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 10, max: 999 }), (prefix, n) => {
        const text = `${prefix.replace(/[\d%]/g, '')} ${n} trials`;
        for (const s of extractStatistics(text))
          expect(text.slice(s.index, s.index + s.written.length)).toBe(s.written);
      }),
    );
  });
});
