/**
 * Crisis lines and emergency numbers (content/help/crisis-lines.yaml): reading and checking the file, and the
 * small pure helpers the "Get help now" pages in every language share (tel: links, place names in the page's
 * language, which entries a page lists, when the numbers were last checked).
 *
 * The content collection loads the same file with Astro's file() loader and the same schema; the content
 * config also calls `loadCrisisLines()` first, so that a mistake stops the build with the file, the entry and
 * the field in one message (Astro's own message names the collection, not the file).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR } from '../site-config.mjs';
import { localeOf, type Lang } from '../i18n/languages.mjs';
import { crisisLineSchema, type CrisisLine } from '../schemas/crisis-line.ts';

export type { CrisisLine };

/** content/help/crisis-lines.yaml in the given content folder (tests point it at fixtures). */
export function crisisLinesFile(contentDir: string = CONTENT_DIR): string {
  return path.join(contentDir, 'help', 'crisis-lines.yaml');
}

/** Reads and validates the file; throws one error naming the file, each bad entry and field, and the fix. */
export function loadCrisisLines(file: string = crisisLinesFile()): CrisisLine[] {
  const where = path.relative(process.cwd(), path.resolve(file));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${where}: missing. The "Get help now" pages list their crisis lines from this file.`, {
      cause: error,
    });
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new Error(`${where}: not valid YAML (${(error as Error).message}). Fix the syntax at that position.`, {
      cause: error,
    });
  }
  return parseCrisisLines(raw, where);
}

/** Validates parsed YAML: a list of entries, each matching `crisisLineSchema`, with unique ids. */
export function parseCrisisLines(raw: unknown, where: string): CrisisLine[] {
  if (!Array.isArray(raw)) throw new Error(`${where}: must be a YAML list of entries ("- id: ...").`);
  const problems: string[] = [];
  const lines: CrisisLine[] = [];
  const ids = new Set<string>();
  raw.forEach((item, index) => {
    const label =
      typeof item?.id === 'string'
        ? `entry "${item.id}"`
        : `entry ${index + 1} (no "id"; give it one such as "us-988")`;
    const result = crisisLineSchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(`${label}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
      return;
    }
    if (ids.has(result.data.id)) {
      problems.push(`${label}: id: used twice; give one of them another id`);
      return;
    }
    ids.add(result.data.id);
    lines.push(result.data);
  });
  if (problems.length) throw new Error(`${where}: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return lines;
}

/** The tel: link for a displayed number: "13 11 14" -> "tel:131114", "0800-999-0091" -> "tel:08009990091". */
export function telHref(displayed: string): string {
  return `tel:${displayed.replace(/[\s-]/g, '')}`;
}

/** The entries of one kind that a language's page lists. */
export function entriesForPage(lines: readonly CrisisLine[], lang: Lang, kind: CrisisLine['kind']): CrisisLine[] {
  return lines.filter((line) => line.kind === kind && line.pages.includes(lang));
}

/**
 * The entries in alphabetical order of their place in the page's language, so a reader finds their country
 * the same way on every page and a country's lines sit together (then by id, so the order never depends on
 * how the collection happens to return them).
 */
export function sortedByPlace(lines: readonly CrisisLine[], lang: Lang): CrisisLine[] {
  const collator = new Intl.Collator([localeOf(lang)]);
  return lines
    .map((line) => ({ line, place: placeName(line.countries, lang) }))
    .sort((a, b) => collator.compare(a.place, b.place) || (a.line.id < b.line.id ? -1 : 1))
    .map(({ line }) => line);
}

/** "United Kingdom and Ireland" / "Reino Unido e Irlanda": the entry's places in the page's language. */
export function placeName(countries: readonly string[], lang: Lang): string {
  const locale = localeOf(lang);
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  return new Intl.ListFormat([locale], { type: 'conjunction' }).format(
    countries.map((code) => {
      const name = names.of(code);
      if (!name) throw new Error(`No ${lang} name for the region code "${code}".`);
      return name;
    }),
  );
}

export { localeOf };

/** The oldest `checked` date among the entries: every number shown was confirmed on or after it. */
export function lastChecked(lines: readonly CrisisLine[]): string {
  if (!lines.length) throw new Error('No entries to date.');
  return lines.map((line) => line.checked).reduce((oldest, date) => (date < oldest ? date : oldest));
}
