/**
 * The words of the search form and its results, per language. They are kept apart from the rest of the
 * strings because the browser builds the search dialog: only the search code, loaded when a reader first
 * opens search, carries them, never a page's first view. Each page's <html lang> picks the set.
 */
import type { Lang } from '../languages.mjs';

export interface SearchFormStrings {
  label: string;
  submit: string;
  dialog: string;
  close: string;
  more: string;
  filters: Record<string, string>;
  /** `{title}`: the article's title. */
  matchingParts: string;
  thisArticle: string;
  unavailable: string;
  /** `{query}`: what the reader typed. */
  none: string;
  one: string;
  /** `{count}`, `{query}`. */
  many: string;
  /** `{term}`: a glossary term. */
  inGlossary: string;
}

export const SEARCH_FORM_STRINGS: Record<Lang, SearchFormStrings> = {
  en: {
    label: 'Search the site',
    submit: 'Search',
    dialog: 'Search',
    close: 'Close',
    more: 'Show more results',
    filters: { section: 'Section', audience: 'Written for' },
    matchingParts: 'Matching parts of {title}',
    thisArticle: 'this article',
    unavailable: 'Search is not available here (it works on the built site). Try the section pages or the glossary.',
    none: 'No results for “{query}”. Try a shorter or different word.',
    one: '1 result for “{query}”',
    many: '{count} results for “{query}”',
    inGlossary: '{term} in the glossary',
  },
  es: {
    label: 'Buscar en el sitio',
    submit: 'Buscar',
    dialog: 'Buscar',
    close: 'Cerrar',
    more: 'Ver más resultados',
    filters: { section: 'Sección', audience: 'Escrito para' },
    matchingParts: 'Partes de «{title}» que coinciden',
    thisArticle: 'este artículo',
    unavailable:
      'La búsqueda no está disponible aquí (funciona en el sitio publicado). Pruebe con las secciones o el glosario.',
    none: 'No hay resultados para «{query}». Pruebe con una palabra más corta o distinta.',
    one: '1 resultado para «{query}»',
    many: '{count} resultados para «{query}»',
    inGlossary: '{term} en el glosario',
  },
};
