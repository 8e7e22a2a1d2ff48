/**
 * The one way into the bibliography (content/references.json). The Markdown plugins, the content config,
 * citation formatting, <Cite>, the reference pages, the .bib/.ris routes, the widgets, the tests and the
 * benchmark all call `loadBibliography()`, which reads and validates the file once and hands back the same
 * object until the file changes (so `astro dev` sees edits without a restart).
 *
 * The cache lives on globalThis because one `astro build` loads this module more than once (the config and
 * its Markdown plugins are loaded by Node, the content config and the pages by Vite): one parse serves them all.
 *
 * Written as Node-runnable TypeScript (explicit .ts imports, types only erased), so astro.config.mjs can load
 * the Markdown plugin that imports it with Node's own type stripping.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from '../site-config.mjs';
import { referenceSchema, type Reference } from '../schemas/reference.ts';

export type { Reference };

export interface Bibliography {
  /** The file, relative to the working directory, for error messages: "content/references.json". */
  file: string;
  /** Every entry, in file order. */
  entries: Reference[];
  byId: ReadonlyMap<string, Reference>;
}

interface CacheSlot {
  mtimeMs: number;
  size: number;
  bibliography: Bibliography;
}
const CACHE_KEY = Symbol.for('how-therapy-works.bibliography');
const cache: Map<string, CacheSlot> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map()) as Map<
  string,
  CacheSlot
>;

/** content/references.json in the given content folder (tests point CONTENT_DIR at fixtures). */
export function bibliographyFile(contentDir: string = CONTENT_DIR): string {
  return path.join(contentDir, 'references.json');
}

/**
 * Reads and validates the bibliography; the same object is returned until the file changes on disk. A build
 * (NODE_ENV production, as `astro build` sets it) reads it once: nothing edits it while a build runs, and
 * looking at the file again for every <Cite> is 20,000 file-system calls on the 1,000-article benchmark.
 */
export function loadBibliography(file: string = bibliographyFile()): Bibliography {
  const absolute = path.resolve(file);
  const slot = cache.get(absolute);
  if (slot && process.env.NODE_ENV === 'production') return slot.bibliography;
  const { mtimeMs, size } = statSync(absolute);
  if (slot && slot.mtimeMs === mtimeMs && slot.size === size) return slot.bibliography;
  const where = path.relative(process.cwd(), absolute);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new Error(`${where}: not valid JSON (${(error as Error).message}). Fix the syntax at that position.`, {
      cause: error,
    });
  }
  const bibliography = parseBibliography(raw, where);
  cache.set(absolute, { mtimeMs, size, bibliography });
  return bibliography;
}

/**
 * Validates parsed JSON as a bibliography: an array of entries, each matching `referenceSchema`, with unique
 * ids. Throws one error listing every problem as "file: entry "id": field: what is wrong".
 */
export function parseBibliography(raw: unknown, where: string): Bibliography {
  if (!Array.isArray(raw)) throw new Error(`${where}: must be a JSON array of CSL-JSON entries.`);
  const problems: string[] = [];
  const entries: Reference[] = [];
  const byId = new Map<string, Reference>();
  raw.forEach((item, index) => {
    const label =
      typeof item?.id === 'string'
        ? `entry "${item.id}"`
        : `entry ${index + 1} (no "id"; give it one such as "smith2020")`;
    const result = referenceSchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(`${label}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
      return;
    }
    if (byId.has(result.data.id)) {
      problems.push(`${label}: id: used twice; give one of them another id`);
      return;
    }
    entries.push(result.data);
    byId.set(result.data.id, result.data);
  });
  if (problems.length) throw new Error(`${where}: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return { file: where, entries, byId };
}

/** What the article rules need to know of the bibliography: each entry's verification status, by id. */
export type CitableSources = ReadonlyMap<string, Pick<Reference, 'verified'>>;

/**
 * Why an id cannot be cited by an article or glossary entry, or undefined when it can: it must name an
 * entry, and that entry must be fully verified.
 */
export function citationProblem(id: string, sources: CitableSources, file = 'references.json'): string | undefined {
  const source = sources.get(id);
  if (!source) return `unknown citation key "${id}" (not in ${file})`;
  if (source.verified !== 'full')
    return (
      `"${id}" is "verified": "${source.verified}" in ${file}, and only fully verified sources may be cited. ` +
      `Cite a verified source instead, or confirm every detail of "${id}" on the public record and set "verified": "full".`
    );
  return undefined;
}

/** The entry with this id; throws naming the file when there is none (callers have checked ids already). */
export function referenceById(id: string, bibliography: Bibliography = loadBibliography()): Reference {
  const reference = bibliography.byId.get(id);
  if (!reference) throw new Error(`No entry "${id}" in ${bibliography.file}.`);
  return reference;
}
