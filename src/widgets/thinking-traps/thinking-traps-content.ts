/**
 * The thinking-trap spotter's words (content/widgets/thinking-traps.yaml): the traps, in the order of the
 * list in content/articles/approaches/cognitive-distortions.mdx, and short fictional automatic thoughts
 * (first names only), each with the trap it mainly shows, why, and a fairer way to put it.
 */
import { z } from 'astro/zod';
import { loadWidgetContent, sourcesField } from '../shared/widget-content';

const trap = z.object({
  /** Stable id, used by the items and in saved answers. */
  id: z.string().regex(/^[a-z-]+$/),
  /** The name the article uses. */
  name: z.string().min(3),
});

const item = z.object({
  /** Stable id: saved progress refers to items by it, so never reuse one for a different thought. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Who is thinking it and when: a first name, an age and the moment. */
  who: z.string().min(5),
  /** The automatic thought, in the person's words. */
  thought: z.string().min(5),
  /** The id of the trap it mainly shows. */
  distortion: z.string(),
  /** Why this is mainly that trap. */
  why: z.string().min(20),
  /** A fairer thought: not a cheerful one, one that fits what the person actually knows. */
  balanced: z.string().min(20),
});

export const thinkingTrapsSchema = z
  .object({
    traps: z.array(trap).min(2),
    items: z.array(item).min(1),
    sources: sourcesField,
  })
  .superRefine(({ traps, items }, ctx) => {
    const ids = new Set(traps.map((t) => t.id));
    items.forEach((it, i) => {
      if (!ids.has(it.distortion))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'distortion'],
          message: `"${it.distortion}" is not one of the traps listed under traps (use one of their ids)`,
        });
    });
  });

export const thinkingTrapsContent = () => loadWidgetContent('thinking-traps', thinkingTrapsSchema);
