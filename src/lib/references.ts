/**
 * The bibliography: content/references.json (CSL-JSON plus our own fields), formatted APA-style by
 * citation-js. Formatting is done once per build and cached.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { CONTENT_DIR } from '../site-config.mjs';

/** Our fields on top of CSL-JSON: what the source found, and how and where it was checked. */
export interface Reference {
  id: string;
  type: string;
  title: string;
  issued?: { 'date-parts': number[][] };
  author?: { family?: string; given?: string; literal?: string }[];
  DOI?: string;
  URL?: string;
  topic: string;
  finding: string;
  verified: 'full' | 'partial';
  checked_at: string;
  note?: string;
  /** A landmark study, listed on the key-studies timeline. */
  landmark?: boolean;
  /** Background reading: listed on the references page though no article cites it. */
  background?: boolean;
  [csl: string]: unknown;
}

const OWN_FIELDS = ['finding', 'verified', 'checked_at', 'note', 'topic', 'landmark', 'background'] as const;

export function loadReferences(file = path.join(CONTENT_DIR, 'references.json')): Reference[] {
  return JSON.parse(readFileSync(file, 'utf8')) as Reference[];
}

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

let formattedCache: Map<string, string> | undefined;

/** APA-formatted HTML (inner content, no wrapper) for every entry, keyed by id. */
export function formattedReferences(references = loadReferences()): Map<string, string> {
  if (formattedCache) return formattedCache;
  const entries = new Cite(references.map(toCsl)).format('bibliography', {
    format: 'html',
    template: 'apa',
    lang: 'en-US',
    asEntryArray: true,
  }) as unknown as [string, string][];
  formattedCache = new Map(
    entries.map(([id, html]) => [id, linkUrls(html.replace(/^\s*<div[^>]*>|<\/div>\s*$/g, '').trim())]),
  );
  return formattedCache;
}

/** The whole bibliography as BibTeX, keyed by our ids. */
export function toBibtex(references = loadReferences()): string {
  plugins.config.get('@bibtex').format.useIdAsLabel = true;
  return new Cite(references.map(toCsl)).format('bibtex') as string;
}

/** The whole bibliography as RIS. */
export function toRis(references = loadReferences()): string {
  return new Cite(references.map(toCsl)).format('ris') as string;
}
