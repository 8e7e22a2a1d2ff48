/**
 * "Cite this page": the article itself as a CSL-JSON web page (title, the site as publisher, the
 * last-reviewed date as its date, the canonical URL), formatted by citation-js, the library that
 * formats the bibliography, as APA 7, BibTeX and RIS. Runs at build time only: the article pages get the
 * formatted text as HTML and no JavaScript.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

export interface CitablePage {
  /** The article id, "what-heals/empathy"; becomes the BibTeX key "htw-what-heals-empathy". */
  id: string;
  title: string;
  lastReviewed: Date;
  /** Absolute canonical URL. */
  url: string;
  siteTitle: string;
  /** The citation-js (CSL) locale the APA entry is written in, e.g. "es-ES" (LANGUAGES in src/i18n/languages.mjs). */
  locale: string;
}

/**
 * The site is the publisher and is not named a second time as the website: APA 7 drops the site name when it is the same as
 * the author, and citation-js's APA style names the publisher in the author's place when there is none.
 */
export function pageCsl(page: CitablePage): Record<string, unknown> {
  const date = page.lastReviewed;
  return {
    id: `htw-${page.id.replace(/[^a-z0-9]+/gi, '-')}`,
    type: 'webpage',
    title: page.title,
    publisher: page.siteTitle,
    issued: { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] },
    URL: page.url,
  };
}

export interface PageCitation {
  /** APA 7 as HTML (the title in <i>), the inner content of citation-js's entry. */
  apaHtml: string;
  bibtex: string;
  ris: string;
}

export function citePage(page: CitablePage): PageCitation {
  const cite = new Cite(pageCsl(page));
  plugins.config.get('@bibtex').format.useIdAsLabel = true;
  const apa = cite.format('bibliography', { format: 'html', template: 'apa', lang: page.locale }) as string;
  return {
    apaHtml: apa.replace(/^\s*<div class="csl-bib-body">\s*<div[^>]*>|<\/div>\s*<\/div>\s*$/g, '').trim(),
    bibtex: (cite.format('bibtex') as string).trim(),
    ris: (cite.format('ris') as string).trim(),
  };
}
