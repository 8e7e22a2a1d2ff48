/**
 * Finding the statistics in a piece of prose, each with its hedge: what the numbers rule must check.
 *
 * Counted (docs/numbers-rule.md): percentages; effect sizes and test statistics written with a symbol
 * ("r = .28", "d = 0.58", "OR = 2.1", "RR 2.13", "NNT 5", "N = 1,314", "I² = 60%", "p < .05") or named
 * ("an effect size of 0.58", "odds ratio 2.61"); any other number with a decimal point; confidence limits
 * ("95% CI [.10, .47]": the limits, not the 95); counts followed by a research noun ("82 samples",
 * "6,138 clients", "three trials", "12-16 sessions", "8 of the 21 studies"); "by session 8"; "N in M" and
 * "N out of M" ("one in five"); and fractions in words given as a research figure ("about half",
 * "two-thirds of clients").
 * Not counted: years, list numbering (never in the text we get), durations ("a 50-minute session"),
 * structure words ("Erikson's eight stages"), "one"/"two" + noun ("one study" is not a statistic), counts
 * of people in words ("two people"), and a value followed by "means", which explains a scale ("a relative
 * risk of 1 means no difference").
 */
import { DIGITS, NUMBER_WORD, isYear, lastDigitUnit, parseNumber, signedBefore } from './numbers.ts';
import type { Hedge, StatedFigure } from './match.ts';
import { must } from '../required.ts';

export interface Statistic extends StatedFigure {
  /** The statistic as written, e.g. "about 75%", "r = .28", "12-16 sessions", "one in five". */
  text: string;
  /** The number itself as written, e.g. "75", ".28", "16", "one in five". */
  written: string;
  /** Offset of `written` in the text (for line numbers). */
  index: number;
}

/** Words that make a figure approximate, mapped to the direction they allow (see match.ts). */
const HEDGE_WORDS: Record<string, Hedge> = {
  about: 'about',
  around: 'about',
  roughly: 'about',
  approximately: 'about',
  some: 'about',
  'close to': 'about',
  'an estimated': 'about',
  estimated: 'about',
  '~': 'about',
  '≈': 'about',
  'more than': 'above',
  over: 'above',
  'well over': 'above',
  'just over': 'above',
  above: 'above',
  'upwards of': 'above',
  'at least': 'above',
  'fewer than': 'below',
  'less than': 'below',
  under: 'below',
  'just under': 'below',
  below: 'below',
  'up to': 'below',
  'at most': 'below',
  nearly: 'below',
  almost: 'below',
};
const HEDGE = Object.keys(HEDGE_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[~≈]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|');
const HEDGE_AT_END = new RegExp(`(?:^|[^\\w])(${HEDGE})\\s*$`, 'i');

/** The hedge written just before `index` ("about 75%", "more than 30,000"), or `exact`. */
function hedgeBefore(text: string, index: number): Hedge {
  const match = HEDGE_AT_END.exec(text.slice(Math.max(0, index - 20), index));
  return match ? HEDGE_WORDS[match[1].toLowerCase().replace(/\s+/g, ' ')] : 'exact';
}

/** Nouns of studies and sessions: a count of them is a research figure in digits or in words ("three trials"). */
const STUDY_NOUNS = [
  'studies',
  'trials',
  'RCTs',
  'meta-analyses',
  'reviews',
  'evaluations',
  'samples',
  'data ?sets',
  'effect sizes',
  'comparisons',
  'cohorts',
  'sessions',
  'cases',
].join('|');

/**
 * Nouns for people: a count of them is a research figure when written in digits ("6,138 clients");
 * in words it is ordinary prose ("two people meeting honestly", "one or two therapists").
 */
const PEOPLE_NOUNS = [
  'participants',
  'patients',
  'outpatients',
  'inpatients',
  'completers',
  'clients',
  'people',
  'persons',
  'individuals',
  'respondents',
  'adults',
  'children',
  'adolescents',
  'youths',
  'teenagers',
  'students',
  'veterans',
  'women',
  'men',
  'couples',
  'families',
  'therapists',
  'counsellors',
  'counselors',
].join('|');

const RESEARCH_NOUNS = `${STUDY_NOUNS}|${PEOPLE_NOUNS}`;

/** Words that may stand between a number and its noun ("82 independent samples", "10 randomised controlled trials"). */
const QUALIFIER = String.raw`(?!(?:of|and|or|in|the|a|an|with|for|to|from|per|at|on|by|than|who|that|which|were|was|is|are|had|have|each|every)\b)[a-z][a-z'-]*\s+`;

const NUM = `[-−–]?${DIGITS}`;
const RANGE_DASH = String.raw`\s*(?:-|–|—|to)\s*`;

/**
 * A count in words: not "one" or "two" ("one study", "two large studies" describe the sources cited, not
 * a result), and "dozen" only as "a dozen" ("a few dozen" is no figure).
 */
const COUNT_WORD = `(?:(?!(?:one|two|dozen|hundred)\\b)${NUMBER_WORD}|a dozen)`;

interface Candidate {
  start: number;
  end: number;
  stats: Statistic[];
}

function stat(
  text: string,
  written: string,
  index: number,
  phrase: string,
  options: { percent: boolean; hedge: Hedge; words?: boolean },
): Statistic {
  const negative = /^\d|^\./.test(written) && signedBefore(text, index);
  const magnitude = parseNumber(written);
  return {
    text: phrase.trim(),
    written,
    index,
    value: negative ? -magnitude : magnitude,
    percent: options.percent,
    hedge: options.hedge,
    unit: options.words ? Infinity : lastDigitUnit(written),
  };
}

/** Strips a leading sign character from a captured number, returning it and its offset shift. */
function unsigned(written: string): [string, number] {
  const sign = /^[-−–]/.exec(written);
  return sign ? [written.slice(1), 1] : [written, 0];
}

type Finder = (text: string) => Candidate[];

function findAll(pattern: RegExp, text: string, build: (m: RegExpExecArray) => Candidate | undefined) {
  const out: Candidate[] = [];
  for (const m of text.matchAll(
    new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
  )) {
    const candidate = build(m as RegExpExecArray);
    if (candidate) out.push(candidate);
  }
  return out;
}

/** Offset of group `n` in a match (needs the `d` flag). */
function at(m: RegExpExecArray, n: number): number {
  return must(m.indices?.[n], `the position of group ${n}`)[0];
}

/** "95% CI [.10, .47]", "95% confidence interval 0.2 to 0.4", "(CI .10-.47)": the two limits count, the 95 does not. */
const confidenceIntervals: Finder = (text) =>
  findAll(
    new RegExp(
      String.raw`(?:\b\d{2}(?:\.\d)?\s*%\s*)?(?:\bCIs?\b|\bconfidence intervals?\b)(?:\s*(?:of|from|was|=|:|,))?\s*[\[(]?\s*(${NUM})\s*(%?)\s*(?:,|;|to|-|–|—)\s*(${NUM})\s*(%?)\s*[\])]?`,
      'gid',
    ),
    text,
    (m) => {
      const percent = m[2] === '%' || m[4] === '%';
      const ends = [1, 3].map((n) => {
        const [written, shift] = unsigned(m[n]);
        return stat(text, written, at(m, n) + shift, m[0], { percent, hedge: 'exact' });
      });
      return { start: m.index, end: m.index + m[0].length, stats: ends };
    },
  );

/** A bare "95% CI" or "95% confidence interval" without limits: the level is not a statistic. */
const confidenceLevels: Finder = (text) =>
  findAll(/\b\d{2}(?:\.\d)?\s*%\s*(?:CIs?\b|confidence intervals?\b)/gi, text, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    stats: [],
  }));

const SYMBOL = String.raw`(?:Hedges['’]?\s+g|Cohen['’]?s\s+d|R²|R2|I²|I2|NNT|NNH|SMD|OR|RR|HR|ES|SD|β|ρ|κ|α|r|d|g|k|n|N|p)`;
const COMPARATOR: Record<string, Hedge> = {
  '=': 'exact',
  '≈': 'about',
  '~': 'about',
  '<': 'below',
  '≤': 'below',
  '<=': 'below',
  '>': 'above',
  '≥': 'above',
  '>=': 'above',
};

/** "r = .28", "d = 0.58", "about d = .58", "p < .05", "I² = 60%", "N = 1,314", "r of .28". */
const symbolStatistics: Finder = (text) =>
  findAll(
    new RegExp(
      String.raw`(?<![\w'’])(${SYMBOL})\s*(<=|>=|=|≈|~|<|>|≤|≥|\bof\b)\s*((?:about|around|approximately|roughly)\s+)?(${NUM})\s*(%?)`,
      'gd',
    ),
    text,
    (m) => {
      if (m[2] === 'of' && !/^(?:r|d|g)$/.test(m[1])) return undefined;
      const [written, shift] = unsigned(m[4]);
      if (isYear(written)) return undefined;
      const hedge: Hedge = m[3]
        ? 'about'
        : COMPARATOR[m[2]] && COMPARATOR[m[2]] !== 'exact'
          ? COMPARATOR[m[2]]
          : hedgeBefore(text, m.index);
      return {
        start: m.index,
        end: m.index + m[0].length,
        stats: [stat(text, written, at(m, 4) + shift, m[0], { percent: m[5] === '%', hedge })],
      };
    },
  );

/**
 * A statistic named in words or by a ratio's symbol without "=": "an effect size of 0.58", "a correlation
 * of about .28", "odds ratio 2.61", "(RR 2.13)", "NNT 5", "relative risk of about 1.25 to 1.27",
 * "effect sizes between 0.44 and 0.68". A range's two ends share the hedge.
 */
function namedFinder(names: string, flags: string): Finder {
  const pattern = new RegExp(
    String.raw`${names}(?:\s+(?:of|was|is|were|=|between|ranging from|from))?\s+((?:${HEDGE})\s+)?(${NUM})(?:(?:${RANGE_DASH}|\s+and\s+)(${NUM}))?\b(?!\s*%)`,
    `g${flags}d`,
  );
  return (text) =>
    findAll(pattern, text, (m) => {
      const hedge = m[1] ? HEDGE_WORDS[m[1].trim().toLowerCase().replace(/\s+/g, ' ')] : hedgeBefore(text, m.index);
      const stats: Statistic[] = [];
      for (const n of [2, 3]) {
        if (!m[n]) continue;
        const [written, shift] = unsigned(m[n]);
        if (isYear(written)) continue;
        stats.push(stat(text, written, at(m, n) + shift, m[0], { percent: false, hedge }));
      }
      return stats.length ? { start: at(m, 2), end: m.index + m[0].length, stats } : undefined;
    });
}
const namedStatistics = namedFinder(
  String.raw`\b(?:effect sizes?|effects|correlations?|odds ratios?|risk ratios?|relative risks?|hazard ratios?|numbers? needed to (?:treat|harm)|standardi[sz]ed mean differences?)`,
  'i',
);
// Symbols are case-sensitive: "OR 2.61" is an odds ratio, "4 or 5" is not.
const ratioSymbols = namedFinder(String.raw`(?<![\w'’])(?:OR|RR|HR|NNT|NNH|SMD)`, '');

/**
 * Any other number with a decimal point ("(-0.26)", "0.64 against usual care", "about 1.25-1.27"): in
 * this site's prose a decimal is always a measured quantity, so it is held to the rule too.
 */
const decimals: Finder = (text) =>
  findAll(
    new RegExp(String.raw`(?<![\w.,])([-−–]?\d*\.\d+)(?:${RANGE_DASH}([-−–]?\d*\.\d+))?(?![\w.])`, 'gd'),
    text,
    (m) => {
      const hedge = hedgeBefore(text, m.index);
      const stats = [1, 2]
        .filter((n) => m[n])
        .map((n) => {
          const [written, shift] = unsigned(m[n]);
          return stat(text, written, at(m, n) + shift, m[0], { percent: false, hedge });
        });
      return { start: m.index, end: m.index + m[0].length, stats };
    },
  );

/** "improved by session 8", "after session 26": a session number given as a research figure. */
const sessionNumbers: Finder = (text) =>
  findAll(/\b(?:by|after|until|before|within)\s+session\s+(\d+)\b/dgi, text, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    stats: [stat(text, m[1], at(m, 1), m[0], { percent: false, hedge: 'exact' })],
  }));

/** "one in five", "one client in five", "1 in 4", "two out of three", "one in every ten". */
const ratios: Finder = (text) =>
  findAll(
    new RegExp(
      String.raw`\b(${DIGITS}|${NUMBER_WORD})\s+(?:([a-z]+)\s+)?(?:in|out\s+of)\s+(?:every\s+)?(${DIGITS}|${NUMBER_WORD})\b(?!\s*(?:%|percent|weeks?|months?|years?|days?|hours?|minutes?|sessions?)\b)`,
      'gid',
    ),
    text,
    (m) => {
      const part = parseNumber(m[1]);
      const whole = parseNumber(m[3]);
      if (!(part > 0 && whole > part) || isYear(m[3]) || isYear(m[1])) return undefined;
      // The middle word may be a singular noun ("one client in five"); "4 trials in 12 countries" is a
      // count, not a share.
      if (m[2] && (/^(?:the|a|an|of|and|or|to)$/.test(m[2]) || /s$/.test(m[2]))) return undefined;
      const hedge = hedgeBefore(text, m.index);
      const written = m[0];
      return {
        start: m.index,
        end: m.index + m[0].length,
        stats: [
          {
            text: written,
            written,
            index: m.index,
            value: (part / whole) * 100,
            percent: true,
            hedge: hedge === 'exact' ? 'about' : hedge,
            unit: Infinity,
          },
        ],
      };
    },
  );

const FRACTION_WORDS: Record<string, number> = {
  half: 50,
  'a third': 100 / 3,
  'one third': 100 / 3,
  'two thirds': 200 / 3,
  'a quarter': 25,
  'one quarter': 25,
  'three quarters': 75,
  'a fifth': 20,
  'one fifth': 20,
  'two fifths': 40,
  'a tenth': 10,
  'one tenth': 10,
};
const FRACTION = Object.keys(FRACTION_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[- ]'))
  .join('|');

/**
 * "about half", "nearly two-thirds of clients", "half of those who": a fraction in words counts when it
 * is hedged or is a share of people or studies, not in "the first half of the session" or "half an hour".
 */
const fractions: Finder = (text) =>
  findAll(
    new RegExp(
      String.raw`\b(${FRACTION})\b(?!\s+(?:an?\s+)?(?:hour|minute|day|week|month|year|session)s?\b)(\s+of\s+(?:(?:the|all|those|these|them|their)\b\s*)?(?:[a-z-]+\s+)?(?:${RESEARCH_NOUNS}|those|them|who)\b)?`,
      'gid',
    ),
    text,
    (m) => {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:the|first|second|last|in|by|and a)\s+$/i.test(before)) return undefined;
      const hedge = hedgeBefore(text, m.index);
      if (hedge === 'exact' && !m[2]) return undefined;
      const key = m[1].toLowerCase().replace(/-/g, ' ');
      return {
        start: m.index,
        end: m.index + m[0].length,
        stats: [
          {
            text: m[0],
            written: m[1],
            index: m.index,
            value: FRACTION_WORDS[key],
            percent: true,
            hedge: hedge === 'exact' ? 'about' : hedge,
            unit: Infinity,
          },
        ],
      };
    },
  );

/** "75%", "75 percent", "45-55%", "between 45 and 55 per cent", "fifty percent". */
const percentages: Finder = (text) =>
  findAll(
    new RegExp(
      String.raw`(?:(${NUM}|${NUMBER_WORD})\s*%?(?:${RANGE_DASH}|\s+and\s+))?(${NUM}|${NUMBER_WORD})\s*(?:%|\bper\s*cent\b|\bpercent\b)`,
      'gid',
    ),
    text,
    (m) => {
      const hedge = hedgeBefore(text, m.index);
      const stats: Statistic[] = [];
      for (const n of [1, 2]) {
        if (!m[n]) continue;
        const [written, shift] = unsigned(m[n]);
        if (isYear(written)) continue;
        const words = !/\d/.test(written);
        stats.push(stat(text, written, at(m, n) + shift, m[0], { percent: true, hedge, words }));
      }
      return { start: m.index, end: m.index + m[0].length, stats };
    },
  );

/**
 * "82 independent samples", "more than 30,000 patients", "12-16 sessions", "between 6 and 20 sessions",
 * "three trials", "8 of the 21 studies" (both numbers count).
 */
function countsOf(numberPattern: string, nouns: string): Finder {
  const pattern = new RegExp(
    String.raw`(?:\bbetween\s+(${numberPattern})\s+and\s+|(?<![\w.,])(${numberPattern})(?:${RANGE_DASH}|\s+of\s+(?:the\s+)?))?(?<![\w.,])(${numberPattern})\s+((?:${QUALIFIER}){0,3}?)(?:${nouns})\b`,
    'gid',
  );
  return (text) =>
    findAll(pattern, text, (m) => {
      const hedge = hedgeBefore(text, m.index);
      const stats: Statistic[] = [];
      for (const n of [1, 2, 3]) {
        if (!m[n]) continue;
        const written = m[n];
        if (isYear(written)) continue;
        const words = !/\d/.test(written);
        stats.push(
          stat(text, written, at(m, n), m[0], {
            percent: false,
            hedge: /dozen/i.test(written) && hedge === 'exact' ? 'about' : hedge,
            words,
          }),
        );
      }
      return stats.length ? { start: m.index, end: m.index + m[0].length, stats } : undefined;
    });
}
const counts = countsOf(DIGITS, RESEARCH_NOUNS);
const countsInWords = countsOf(COUNT_WORD, STUDY_NOUNS);

/** In priority order: an earlier finder's match hides any later one that overlaps it. */
const FINDERS: Finder[] = [
  confidenceIntervals,
  confidenceLevels,
  symbolStatistics,
  namedStatistics,
  ratioSymbols,
  ratios,
  fractions,
  percentages,
  counts,
  countsInWords,
  sessionNumbers,
  decimals,
];

/**
 * A figure that defines a scale rather than reports a result: "a correlation of 0 means no link", "an NNT
 * of 4 means that...", "an odds ratio below 1 means...". What a value means is not a finding.
 */
function definesAScale(text: string, candidate: Candidate): boolean {
  return /^\s*(?:would\s+)?means?\b/i.test(text.slice(candidate.end));
}

/** Every statistic in `text`, in reading order. */
export function extractStatistics(text: string): Statistic[] {
  const taken: Candidate[] = [];
  for (const find of FINDERS) {
    for (const candidate of find(text)) {
      if (taken.some((t) => candidate.start < t.end && t.start < candidate.end)) continue;
      taken.push(candidate);
    }
  }
  return taken
    .filter((c) => !definesAScale(text, c))
    .flatMap((c) => {
      // Show the hedge with the statistic ("more than 30,000 patients"): it decides what may back it.
      const hedge = HEDGE_AT_END.exec(text.slice(Math.max(0, c.start - 20), c.start))?.[1];
      return hedge ? c.stats.map((s) => ({ ...s, text: `${hedge.replace(/\s+/g, ' ')} ${s.text}` })) : c.stats;
    })
    .sort((a, b) => a.index - b.index);
}
