/** Components every article may use without importing them (see docs/authoring.md). */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Diagram from './Diagram.astro';
import Term from './Term.astro';

export const mdxComponents = { Callout, Cite, Diagram, Term };
