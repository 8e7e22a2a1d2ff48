/**
 * Reading the bibliography for the numbers rule: content/references.json by id. The build plugin, the
 * report command and the widget figure tests all read it here.
 * (Once the bibliography has its one loading module, this becomes a call to it.)
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { EvidenceSource } from './source-figures.ts';

let cached = { file: '', mtime: 0, sources: new Map<string, EvidenceSource>() };

/** The entries of `<contentDir>/references.json` by id; re-read only when the file changes (astro dev). */
export function readEvidenceSources(contentDir: string): ReadonlyMap<string, EvidenceSource> {
  const file = path.join(contentDir, 'references.json');
  const mtime = statSync(file).mtimeMs;
  if (cached.file !== file || cached.mtime !== mtime) {
    const entries = JSON.parse(readFileSync(file, 'utf8')) as EvidenceSource[];
    cached = { file, mtime, sources: new Map(entries.map((entry) => [entry.id, entry])) };
  }
  return cached.sources;
}
