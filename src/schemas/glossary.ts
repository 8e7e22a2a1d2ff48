import { z } from 'astro/zod';
import type { CitableSources } from '../lib/bibliography.ts';
import { citeList } from './article.ts';

/** A glossary entry: content/glossary/<id>.md, the frontmatter below and a fuller explanation as its body. */
export const glossarySchema = (sources: CitableSources) =>
  z.object({
    /** The term as displayed, e.g. "Mentalization". */
    term: z.string().min(2),
    /** One plain sentence; shown in the popover and at the top of the entry. */
    short: z.string().min(10).max(240),
    /** Other spellings or forms, used by search and the A-Z list. */
    aliases: z.array(z.string()).optional(),
    /**
     * Bibliography ids behind an entry that states an empirical finding, each fully verified; listed under
     * the entry on the glossary page. An entry that only defines a word needs none.
     */
    sources: citeList(sources).optional(),
  });
