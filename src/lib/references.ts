/**
 * Citation formatting: the bibliography (read through src/lib/bibliography.ts) formatted APA-style by
 * citation-js, plus BibTeX and RIS exports. Formatting is done once per bibliography and cached.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { loadBibliography } from './bibliography.ts';
import { OWN_FIELDS, type Reference } from '../schemas/reference.ts';

const allEntries = () => loadBibliography().entries;

/** The plain CSL-JSON of an entry, without our own fields, for citation-js. */
export function toCsl(reference: Reference): Record<string, unknown> {
  const own: ReadonlySet<string> = new Set(OWN_FIELDS);
  return Object.fromEntries(Object.entries(reference).filter(([field]) => !own.has(field)));
}

export function referenceYear(reference: Reference): number | undefined {
  return reference.issued?.['date-parts']?.[0]?.[0];
}

/** "Smith & Glass, 1977" / "Howard et al., 1986": the short form used in tooltips and timelines. */
export function shortCitation(reference: Reference): string {
  const names = (reference.author ?? []).map((a) => a.family ?? a.literal ?? '');
  const who =
    names.length === 0
      ? reference.title
      : names.length === 1
        ? names[0]
        : names.length === 2
          ? `${names[0]} & ${names[1]}`
          : `${names[0]} et al.`;
  return `${who}, ${referenceYear(reference) ?? 'n.d.'}`;
}

/** Wraps bare URLs in citation-js output in links (the APA style prints DOIs as URLs). */
export function linkUrls(html: string): string {
  return html.replace(
    /(^|[\s>(])(https?:\/\/[^\s<]+[^\s<.,;)])/g,
    (_m, before: string, url: string) => `${before}<a href="${url}">${url}</a>`,
  );
}

/** Keyed by the entries array, which loadBibliography replaces when the file changes. */
const formattedCache = new WeakMap<readonly Reference[], Map<string, string>>();

/** APA-formatted HTML (inner content, no wrapper) for every entry, keyed by id. */
export function formattedReferences(references: readonly Reference[] = allEntries()): Map<string, string> {
  const cached = formattedCache.get(references);
  if (cached) return cached;
  const entries = new Cite(references.map(toCsl)).format('bibliography', {
    format: 'html',
    template: 'apa',
    lang: 'en-US',
    asEntryArray: true,
  }) as unknown as [string, string][];
  const formatted = new Map(
    entries.map(([id, html]) => [id, linkUrls(html.replace(/^\s*<div[^>]*>|<\/div>\s*$/g, '').trim())]),
  );
  formattedCache.set(references, formatted);
  return formatted;
}

/** The whole bibliography as BibTeX, keyed by our ids. */
export function toBibtex(references: readonly Reference[] = allEntries()): string {
  plugins.config.get('@bibtex').format.useIdAsLabel = true;
  return new Cite(references.map(toCsl)).format('bibtex') as string;
}

/** The whole bibliography as RIS. */
export function toRis(references: readonly Reference[] = allEntries()): string {
  return new Cite(references.map(toCsl)).format('ris') as string;
}
