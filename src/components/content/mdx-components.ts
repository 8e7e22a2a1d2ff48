/**
 * Components every article may use without importing them (see docs/authoring.md). Widgets are not
 * here: an article imports the widgets it uses, so their styles and scripts ship only on that page.
 */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Diagram from './Diagram.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Cite, Diagram, Term };
