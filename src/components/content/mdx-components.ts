/**
 * Components every article may use without importing them (see docs/authoring.md). Widgets are not
 * here: an article imports the widgets it uses, so their scripts ship only on that page (and their
 * shared stylesheet only on pages with a widget).
 */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Derived from './Derived.astro';
import Diagram from './Diagram.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Cite, Derived, Diagram, Term };
