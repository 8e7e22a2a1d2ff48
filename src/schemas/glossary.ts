import { z } from 'astro/zod';

export const glossarySchema = z.object({
  /** The term as displayed, e.g. "Mentalization". */
  term: z.string().min(2),
  /** One plain sentence; shown in the popover and at the top of the entry. */
  short: z.string().min(10).max(240),
  /** Other spellings or forms, used by search and the A-Z list. */
  aliases: z.array(z.string()).optional(),
});
