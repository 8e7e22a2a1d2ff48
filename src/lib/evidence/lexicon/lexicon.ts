/**
 * The words of one language that the numbers rule reads (statistics.ts): hedges, research nouns, number
 * words, shares and fractions, and the small words around them. The finders are written once, in
 * statistics.ts; each language gives them its words here. Patterns are regular-expression sources, matched
 * case-insensitively unless the comment says otherwise.
 */
import type { Hedge } from '../match.ts';

export interface Lexicon {
  /** A letter of the language, as the inside of a character class ("a-z"; Spanish adds accents and ñ). */
  letters: string;

  // Numbers as written.
  /** Digits, with the language's thousands grouping, no sign: "1,314" / "30 000", "0.58", ".28". */
  digits: string;
  /**
   * Numbers written in a way the language's pages do not use, and what to write instead: a Spanish "0,28"
   * or "30,000" would otherwise be read as two numbers, or not at all. Each is reported as a problem.
   */
  misformattedNumber?: { pattern: string; fix: string };
  /** Number words: each written form and its value ("twelve" 12; "doce" 12). */
  numberWords: Readonly<Record<string, number>>;
  /** Tens that combine with a unit ("twenty" 20), how they join ("[- ]"; "\\s+y\\s+") and the units that may follow. */
  tens: Readonly<Record<string, number>>;
  tensJoin: string;
  tensUnits: Readonly<Record<string, number>>;
  /** Words before a number word that do not change it ("a dozen"; "una docena"). */
  numberArticle: string;
  /**
   * Number words that do not make a count of studies in words: "one study", "two studies" name what is cited,
   * "hundreds" is no figure. "a dozen" is counted only in the form `dozen`.
   */
  notCountWords: readonly string[];
  dozen: string;

  // Hedges and comparisons.
  /** Words that make a figure approximate (lower case, one space between words), and the direction they allow. */
  hedges: Readonly<Record<string, Hedge>>;
  /** An article that may stand between a hedge and its number ("casi el 20 %"); "" for none. */
  hedgeArticle: string;
  /** Hedges that may stand between a symbol's "=" and its number ("d = about .58"). */
  symbolHedges: readonly string[];
  /** "r of .28": the word that may stand for "=" after r, d or g. */
  symbolOf: string;
  /** Symbols of effect sizes and test statistics (case-sensitive), e.g. "Cohen's d", "r", "OR". */
  symbols: string;
  /** Statistics named in words ("effect size", "odds ratio") and the words that may join them to the number. */
  namedStatistics: string;
  namedJoin: string;

  // Ranges, "and", "of the".
  /** What stands between the two ends of a range: a dash, or a word ("to"; "a", "al"). */
  rangeDash: string;
  /** "and" in "between 6 and 20", and what may follow it ("entre el 45 y el 55 %"). */
  and: string;
  between: string;
  /** "8 of the 21 studies": the words between the two numbers. */
  ofThe: string;

  // Percentages, confidence intervals, sessions.
  /** A percentage's words after the number, besides "%" ("percent"; "por ciento"). */
  percentWords: string;
  /** A confidence interval's name ("CI", "confidence interval"; "IC", "intervalo de confianza"). */
  confidenceInterval: string;
  /** The level written after the name ("IC del 95 %"); "" where it stands only before it ("95% CI"). */
  confidenceLevelAfter: string;
  /** Words between a confidence interval's name and its limits ("of", "from"; "de", "entre"). */
  confidenceJoin: string;
  /** What separates a confidence interval's two limits (",", "to", a dash; ",", "a", "y"). */
  confidenceSeparator: string;
  /** "by session 8": the words before a session number. */
  sessionNumber: string;

  // Research nouns.
  /** Studies and sessions: a count of them is a research figure in digits or in words. */
  studyNouns: readonly string[];
  /** People: a count of them is a research figure in digits only. */
  peopleNouns: readonly string[];
  /** Words that never stand between a number and its noun (so "3 of the trials" is no count of 3 trials). */
  notQualifiers: readonly string[];

  // Shares and fractions.
  /** What joins a share's two numbers ("in", "out of", "in every"; "de cada"). */
  shareJoin: string;
  /** Words that, after a share's second number, show it is no share ("weeks", "%"). */
  shareNotBefore: string;
  /** Words that may not stand between a share's first number and the join (its middle word, "one client in five"). */
  shareNotMiddle: readonly string[];
  /** Fractions in words and their value in percent ("half" 50; "la mitad" 50). */
  fractions: Readonly<Record<string, number>>;
  /** What separates a fraction's words ("[- ]" for "two-thirds"; "\\s+"). */
  fractionSpace: string;
  /** Words just before a fraction that make it no figure ("the first half"; "en la mitad"). */
  fractionNotAfter: string;
  /** Words just after a fraction that make it a duration ("half an hour"; "un cuarto de hora"). */
  fractionNotBefore: string;
  /** What makes a fraction a share of people or studies ("of the clients", "of those who"; "de los pacientes"). */
  fractionOf: string;

  /** Words after a value that say it explains a scale ("means"; "significa", "indica que", "quiere decir"). */
  definesAScale: RegExp;

  /** Table column titles (lower case) whose cells count people, and the noun added after such a count. */
  peopleColumns: RegExp;
  peopleNoun: string;
}
