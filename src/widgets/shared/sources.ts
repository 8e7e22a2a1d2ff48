/**
 * Sources cited inside widgets, checked against the bibliography at build time. Every widget cites
 * through here (the <Source> component, or `widgetSource()` for citations a script writes from data),
 * so an unknown or unverified key fails the build naming the widget and the key, and no author-year
 * text is typed by hand.
 */
import { loadBibliography } from '../../lib/bibliography';
import { referenceYear, shortCitation } from '../../lib/references';
import { href } from '../../lib/urls';
import { DEFAULT_LANG, type Lang } from '../../i18n/languages.mjs';
import { strings } from '../../i18n';

/**
 * Where the link goes: `article` is the numbered reference list of the page the widget is on (the site's
 * link check proves the entry is there); `references` is the site-wide references page, for a source the
 * article itself does not cite.
 */
export type SourceLink = 'article' | 'references';

export interface WidgetSource {
  id: string;
  /** "Howard et al., 1986": for a parenthesis or a "Source:" line. */
  text: string;
  /** "Howard et al. (1986)", "Baldwin and Imel (2009)": for a sentence that names the authors, in its language. */
  narrative: string;
  url: string;
}

export function widgetSource(
  widget: string,
  id: string,
  link: SourceLink = 'article',
  lang: Lang = DEFAULT_LANG,
): WidgetSource {
  const reference = loadBibliography().byId.get(id);
  if (reference?.verified !== 'full')
    throw new Error(
      `${widget}: source "${id}" is not a fully verified entry of content/references.json. Use the id of a verified entry, or add and verify the source first.`,
    );
  const text = shortCitation(reference);
  const who = text.slice(0, text.lastIndexOf(', '));
  return {
    id,
    text,
    narrative: `${who.replace(' & ', ` ${strings(lang).citation.and} `)} (${referenceYear(reference) ?? 'n.d.'})`,
    url: link === 'article' ? `#ref-${id}` : href(`/references/#${id}`),
  };
}
