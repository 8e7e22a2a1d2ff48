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
 *
 * The finders below are written once; the words they look for (hedges, nouns, number words, shares...)
 * come from the lexicon of the text's language (lexicon/): Spanish text is read with Spanish words
 * ("alrededor del 75 %", "82 muestras independientes", "uno de cada cinco", "la mitad de los pacientes").
 */
import type { Lang } from '../../i18n/languages.mjs';
import { isYear, lastDigitUnit, numberWordPattern, parseNumber, signedBefore } from './numbers.ts';
import type { Hedge, StatedFigure } from './match.ts';
import { lexiconOf } from './lexicon/index.ts';
import type { Lexicon } from './lexicon/lexicon.ts';
import { must } from '../required.ts';

export interface Statistic extends StatedFigure {
  /** The statistic as written, e.g. "about 75%", "r = .28", "12-16 sessions", "one in five". */
  text: string;
  /** The number itself as written, e.g. "75", ".28", "16", "one in five". */
  written: string;
  /** Offset of `written` in the text (for line numbers). */
  index: number;
  /** Set when the number is written in a way the language does not use: what to write instead. */
  misformatted?: string;
}

interface Candidate {
  start: number;
  end: number;
  stats: Statistic[];
}

/** A statistic's fields from a number as written in `text`, its value read with the language's words. */
function stat(
  text: string,
  written: string,
  index: number,
  phrase: string,
  options: { percent: boolean; hedge: Hedge; words?: boolean; lexicon: Lexicon },
): Statistic {
  const negative = /^\d|^\./.test(written) && signedBefore(text, index);
  const magnitude = parseNumber(written, options.lexicon);
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

/**
 * Every match of `pattern` (global, compiled once by its finder: the build runs every finder over every block
 * of every article, and compiling the patterns per call was most of the rule's cost) built into candidates.
 */
function findAll(pattern: RegExp, text: string, build: (m: RegExpExecArray) => Candidate | undefined) {
  if (!pattern.global) throw new Error(`findAll needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const out: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // An empty match would find itself again forever.
    if (m[0] === '') pattern.lastIndex++;
    const candidate = build(m);
    if (candidate) out.push(candidate);
  }
  return out;
}

/** Offset of group `n` in a match (needs the `d` flag). */
function at(m: RegExpExecArray, n: number): number {
  return must(m.indices?.[n], `the position of group ${n}`)[0];
}

/** A phrase of the lexicon as a pattern: special characters escaped, any run of spaces for a space. */
const phrase = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternatives = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(phrase)
    .join('|');

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

interface Reader {
  /** The finders, in priority order: an earlier finder's match hides any later one that overlaps it. */
  finders: Finder[];
  /** The hedge (group 1) and its article (group 2) at the end of a piece of text: "about", "casi" "el". */
  hedgeAtEnd: RegExp;
  definesAScale: RegExp;
  /**
   * Anything a finder could start from: a digit, a number, fraction or dozen in words. Most blocks of prose
   * have none, and one scan for them spares those blocks every finder.
   */
  mayHoldStatistic: RegExp;
}

/** The finders for one language, built from its lexicon. */
function reader(lexicon: Lexicon): Reader {
  const { letters } = lexicon;
  const DIGITS = lexicon.digits;
  const NUMBER_WORD = numberWordPattern(lexicon);
  const NUM = `[-−–]?${DIGITS}`;
  const RANGE_DASH = lexicon.rangeDash;

  const hedgeWords = lexicon.hedges;
  const HEDGE = alternatives(Object.keys(hedgeWords));
  const ARTICLE = lexicon.hedgeArticle ? String.raw`(?:\s+(${lexicon.hedgeArticle}))?` : '';
  const hedgeAtEnd = new RegExp(String.raw`(?:^|[^\w])(${HEDGE})${ARTICLE}\s*$`, 'i');
  const hedgeOf = (words: string): Hedge => hedgeWords[words.trim().toLowerCase().replace(/\s+/g, ' ')];

  /** The hedge written just before `index` ("about 75%", "more than 30,000"), or `exact`. */
  const hedgeBefore = (text: string, index: number): Hedge => {
    const match = hedgeAtEnd.exec(text.slice(Math.max(0, index - 20), index));
    return match ? hedgeOf(match[1]) : 'exact';
  };

  const STUDY_NOUNS = lexicon.studyNouns.join('|');
  const RESEARCH_NOUNS = `${STUDY_NOUNS}|${lexicon.peopleNouns.join('|')}`;
  /** Words that may stand between a number and its noun ("82 independent samples", "tres grandes ensayos"). */
  const QUALIFIER = String.raw`(?!(?:${lexicon.notQualifiers.join('|')})\b)[${letters}][${letters}'-]*\s+`;
  /**
   * A count in words: not "one" or "two" ("one study", "two large studies" describe the sources cited, not
   * a result), and "dozen" only as "a dozen" ("a few dozen" is no figure).
   */
  const COUNT_WORD = `(?:(?!(?:${lexicon.notCountWords.join('|')})\\b)${NUMBER_WORD}|${lexicon.dozen})`;

  /** "95% CI [.10, .47]", "95% confidence interval 0.2 to 0.4", "(CI .10-.47)", "IC del 95 %: .10 a .47": the two limits count, the 95 does not. */
  const LEVEL = String.raw`\b\d{2}(?:\.\d)?\s*%`;
  const LEVEL_AFTER = lexicon.confidenceLevelAfter ? String.raw`(?:\s*${lexicon.confidenceLevelAfter})?` : '';
  const confidenceIntervalsPattern = new RegExp(
    String.raw`(?:${LEVEL}\s*)?(?:${lexicon.confidenceInterval})${LEVEL_AFTER}(?:\s*(?:${lexicon.confidenceJoin}))?\s*[\[(]?\s*(${NUM})\s*(%?)\s*(?:${lexicon.confidenceSeparator})\s*(${NUM})\s*(%?)\s*[\])]?`,
    'gid',
  );
  const confidenceIntervals: Finder = (text) =>
    findAll(confidenceIntervalsPattern, text, (m) => {
      const percent = m[2] === '%' || m[4] === '%';
      const ends = [1, 3].map((n) => {
        const [written, shift] = unsigned(m[n]);
        return stat(text, written, at(m, n) + shift, m[0], { percent, hedge: 'exact', lexicon });
      });
      return { start: m.index, end: m.index + m[0].length, stats: ends };
    });

  /** A bare "95% CI" or "IC del 95 %" without limits: the level is not a statistic. */
  const confidenceLevelsPattern = new RegExp(
    lexicon.confidenceLevelAfter
      ? String.raw`${LEVEL}\s*(?:${lexicon.confidenceInterval})|(?:${lexicon.confidenceInterval})\s*${lexicon.confidenceLevelAfter}`
      : String.raw`${LEVEL}\s*(?:${lexicon.confidenceInterval})`,
    'gi',
  );
  const confidenceLevels: Finder = (text) =>
    findAll(confidenceLevelsPattern, text, (m) => ({ start: m.index, end: m.index + m[0].length, stats: [] }));

  /** "r = .28", "d = 0.58", "about d = .58", "p < .05", "I² = 60%", "N = 1,314", "r of .28". */
  const symbolStatisticsPattern = new RegExp(
    String.raw`(?<![\w'’])(${lexicon.symbols})\s*(<=|>=|=|≈|~|<|>|≤|≥|${lexicon.symbolOf})\s*((?:${alternatives(lexicon.symbolHedges)})\s+)?(${NUM})\s*(%?)`,
    'gd',
  );
  const symbolStatistics: Finder = (text) =>
    findAll(symbolStatisticsPattern, text, (m) => {
      if (!COMPARATOR[m[2]] && !/^(?:r|d|g)$/.test(m[1])) return undefined;
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
        stats: [stat(text, written, at(m, 4) + shift, m[0], { percent: m[5] === '%', hedge, lexicon })],
      };
    });

  /**
   * A statistic named in words or by a ratio's symbol without "=": "an effect size of 0.58", "a correlation
   * of about .28", "odds ratio 2.61", "(RR 2.13)", "NNT 5", "relative risk of about 1.25 to 1.27",
   * "effect sizes between 0.44 and 0.68". A range's two ends share the hedge.
   */
  const namedFinder = (names: string, flags: string): Finder => {
    const pattern = new RegExp(
      String.raw`${names}(?:\s+(?:${lexicon.namedJoin}))?\s+((?:${HEDGE})\s+)?(${NUM})(?:(?:${RANGE_DASH}|${lexicon.and})(${NUM}))?\b(?!\s*%)`,
      `g${flags}d`,
    );
    return (text) =>
      findAll(pattern, text, (m) => {
        const hedge = m[1] ? hedgeOf(m[1]) : hedgeBefore(text, m.index);
        const stats: Statistic[] = [];
        for (const n of [2, 3]) {
          if (!m[n]) continue;
          const [written, shift] = unsigned(m[n]);
          if (isYear(written)) continue;
          stats.push(stat(text, written, at(m, n) + shift, m[0], { percent: false, hedge, lexicon }));
        }
        return stats.length ? { start: at(m, 2), end: m.index + m[0].length, stats } : undefined;
      });
  };
  const namedStatistics = namedFinder(String.raw`\b(?:${lexicon.namedStatistics})`, 'i');
  // Symbols are case-sensitive: "OR 2.61" is an odds ratio, "4 or 5" is not.
  const ratioSymbols = namedFinder(String.raw`(?<![\w'’])(?:OR|RR|HR|NNT|NNH|SMD)`, '');

  /**
   * Any other number with a decimal point ("(-0.26)", "0.64 against usual care", "about 1.25-1.27"): in
   * this site's prose a decimal is always a measured quantity, so it is held to the rule too.
   */
  const decimalsPattern = new RegExp(
    String.raw`(?<![\w.,])([-−–]?\d*\.\d+)(?:${RANGE_DASH}([-−–]?\d*\.\d+))?(?![\w.])`,
    'gd',
  );
  const decimals: Finder = (text) =>
    findAll(decimalsPattern, text, (m) => {
      const hedge = hedgeBefore(text, m.index);
      const stats = [1, 2]
        .filter((n) => m[n])
        .map((n) => {
          const [written, shift] = unsigned(m[n]);
          return stat(text, written, at(m, n) + shift, m[0], { percent: false, hedge, lexicon });
        });
      return { start: m.index, end: m.index + m[0].length, stats };
    });

  /** "improved by session 8", "after session 26", "hacia la sesión 8": a session number given as a research figure. */
  const sessionNumbersPattern = new RegExp(String.raw`${lexicon.sessionNumber}\s+(\d+)\b`, 'dgi');
  const sessionNumbers: Finder = (text) =>
    findAll(sessionNumbersPattern, text, (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      stats: [stat(text, m[1], at(m, 1), m[0], { percent: false, hedge: 'exact', lexicon })],
    }));

  /** "one in five", "one client in five", "1 in 4", "two out of three", "uno de cada cinco". */
  const shareMiddleStop = new RegExp(`^(?:${lexicon.shareNotMiddle.join('|')})$`);
  const ratiosPattern = new RegExp(
    String.raw`\b(${DIGITS}|${NUMBER_WORD})\s+(?:([${letters}]+)\s+)?${lexicon.shareJoin}(${DIGITS}|${NUMBER_WORD})\b(?!\s*(?:${lexicon.shareNotBefore})\b)`,
    'gid',
  );
  const ratios: Finder = (text) =>
    findAll(ratiosPattern, text, (m) => {
      const part = parseNumber(m[1], lexicon);
      const whole = parseNumber(m[3], lexicon);
      if (!(part > 0 && whole > part) || isYear(m[3]) || isYear(m[1])) return undefined;
      // The middle word may be a singular noun ("one client in five"); "4 trials in 12 countries" is a
      // count, not a share.
      if (m[2] && (shareMiddleStop.test(m[2]) || /s$/.test(m[2]))) return undefined;
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
    });

  const fractionWords = lexicon.fractions;
  const FRACTION = Object.keys(fractionWords)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, lexicon.fractionSpace))
    .join('|');
  const fractionNotAfter = new RegExp(lexicon.fractionNotAfter, 'i');
  const fractionSpace = new RegExp(lexicon.fractionSpace, 'g');

  /**
   * "about half", "nearly two-thirds of clients", "half of those who", "la mitad de los pacientes": a fraction
   * in words counts when it is hedged or is a share of people or studies, not in "the first half of the
   * session" or "half an hour".
   */
  const fractionsPattern = new RegExp(
    String.raw`\b(${FRACTION})\b(?!${lexicon.fractionNotBefore})(${lexicon.fractionOf.replace('{nouns}', RESEARCH_NOUNS)})?`,
    'gid',
  );
  const fractions: Finder = (text) =>
    findAll(fractionsPattern, text, (m) => {
      const hedge = hedgeBefore(text, m.index);
      if (hedge === 'exact' && fractionNotAfter.test(text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      if (hedge === 'exact' && !m[2]) return undefined;
      const key = m[1].toLowerCase().replace(fractionSpace, ' ');
      return {
        start: m.index,
        end: m.index + m[0].length,
        stats: [
          {
            text: m[0],
            written: m[1],
            index: m.index,
            value: fractionWords[key],
            percent: true,
            hedge: hedge === 'exact' ? 'about' : hedge,
            unit: Infinity,
          },
        ],
      };
    });

  /** "75%", "75 percent", "45-55%", "between 45 and 55 per cent", "fifty percent", "75 %", "entre el 45 y el 55 %". */
  const percentagesPattern = new RegExp(
    String.raw`(?:(${NUM}|${NUMBER_WORD})\s*%?(?:${RANGE_DASH}|${lexicon.and}))?(${NUM}|${NUMBER_WORD})\s*(?:%|${lexicon.percentWords})`,
    'gid',
  );
  const percentages: Finder = (text) =>
    findAll(percentagesPattern, text, (m) => {
      const hedge = hedgeBefore(text, m.index);
      const stats: Statistic[] = [];
      for (const n of [1, 2]) {
        if (!m[n]) continue;
        const [written, shift] = unsigned(m[n]);
        if (isYear(written)) continue;
        const words = !/\d/.test(written);
        stats.push(stat(text, written, at(m, n) + shift, m[0], { percent: true, hedge, words, lexicon }));
      }
      return { start: m.index, end: m.index + m[0].length, stats };
    });

  /**
   * "82 independent samples", "more than 30,000 patients", "12-16 sessions", "between 6 and 20 sessions",
   * "three trials", "8 of the 21 studies" (both numbers count); "82 muestras independientes".
   */
  const countsOf = (numberPattern: string, nouns: string): Finder => {
    const pattern = new RegExp(
      String.raw`(?:\b${lexicon.between}\s+(${numberPattern})${lexicon.and}|(?<![\w.,])(${numberPattern})(?:${RANGE_DASH}|${lexicon.ofThe}))?(?<![\w.,])(${numberPattern})\s+((?:${QUALIFIER}){0,3}?)(?:${nouns})\b`,
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
              lexicon,
            }),
          );
        }
        return stats.length ? { start: m.index, end: m.index + m[0].length, stats } : undefined;
      });
  };
  const counts = countsOf(DIGITS, RESEARCH_NOUNS);
  const countsInWords = countsOf(COUNT_WORD, STUDY_NOUNS);

  /** "0,28" or "30,000" on a Spanish page: never backed, reported with the way to write it. */
  const misformattedPattern = lexicon.misformattedNumber && new RegExp(lexicon.misformattedNumber.pattern, 'g');
  const misformatted: Finder = (text) =>
    misformattedPattern
      ? findAll(misformattedPattern, text, (m) => ({
          start: m.index,
          end: m.index + m[0].length,
          stats: [
            {
              text: m[0],
              written: m[0],
              index: m.index,
              value: NaN,
              percent: false,
              hedge: 'exact',
              unit: Infinity,
              misformatted: lexicon.misformattedNumber?.fix,
            },
          ],
        }))
      : [];

  return {
    finders: [
      misformatted,
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
    ],
    hedgeAtEnd,
    definesAScale: lexicon.definesAScale,
    // Case-blind and without word boundaries: it may let through text no finder matches, never the reverse.
    mayHoldStatistic: new RegExp(String.raw`\d|${NUMBER_WORD}|${FRACTION}|${lexicon.dozen}`, 'i'),
  };
}

const readers = new Map<Lang, Reader>();
function readerFor(lang: Lang): Reader {
  let found = readers.get(lang);
  if (!found) readers.set(lang, (found = reader(lexiconOf(lang))));
  return found;
}

/** Every statistic in `text`, written in `lang` (English unless said), in reading order. */
export function extractStatistics(
  text: string,
  lang: Lang = 'en',
  /** Skip text with nothing a finder could start from (the tests turn it off to prove it hides nothing). */
  { quickCheck = true }: { quickCheck?: boolean } = {},
): Statistic[] {
  const { finders, hedgeAtEnd, definesAScale, mayHoldStatistic } = readerFor(lang);
  if (quickCheck && !mayHoldStatistic.test(text)) return [];
  const taken: Candidate[] = [];
  for (const find of finders) {
    for (const candidate of find(text)) {
      if (taken.some((t) => candidate.start < t.end && t.start < candidate.end)) continue;
      taken.push(candidate);
    }
  }
  return (
    taken
      // A figure that defines a scale rather than reports a result: "a correlation of 0 means no link", "an
      // NNT of 4 means that...", "una r de 0 significa...". What a value means is not a finding.
      .filter((c) => !definesAScale.test(text.slice(c.end)))
      .flatMap((c) => {
        // Show the hedge with the statistic ("more than 30,000 patients"): it decides what may back it.
        const match = hedgeAtEnd.exec(text.slice(Math.max(0, c.start - 20), c.start));
        if (!match) return c.stats;
        const hedge = [match[1], match[2]].filter(Boolean).join(' ').replace(/\s+/g, ' ');
        return c.stats.map((s) => ({ ...s, text: `${hedge} ${s.text}` }));
      })
      .sort((a, b) => a.index - b.index)
  );
}
