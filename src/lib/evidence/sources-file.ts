/**
 * Reading the bibliography for the numbers rule: the build plugin, the report command and the widget figure
 * tests get the entries by id from the site's one bibliography reader (src/lib/bibliography.ts).
 */
import { bibliographyFile, loadBibliography } from '../bibliography.ts';
import type { EvidenceSource } from './source-figures.ts';

/** The entries of `<contentDir>/references.json` by id; read once, again only when the file changes. */
export function readEvidenceSources(contentDir: string): ReadonlyMap<string, EvidenceSource> {
  return loadBibliography(bibliographyFile(contentDir)).byId;
}
