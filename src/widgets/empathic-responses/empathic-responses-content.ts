/**
 * The empathic-responses exercise's words (content/widgets/empathic-responses.yaml): short fictional
 * client statements (first names only), each with four therapist replies. Every reply says what kind it
 * is and which parts of empathy it shows or misses, using the parts described in
 * content/articles/what-heals/empathy.mdx. Each statement has exactly one `empathic` reply.
 */
import { z } from 'astro/zod';
import { loadWidgetContent, sourcesField } from '../shared/widget-content';

const reply = z.object({
  /** What the therapist says. */
  text: z.string().min(5),
  /** The kind of reply: one of the keys of replyKinds. */
  kind: z.string(),
  /** Parts of empathy the reply shows (keys of parts). */
  shows: z.array(z.string()),
  /** Parts of empathy it misses (keys of parts). */
  misses: z.array(z.string()),
  /** Why, in a sentence or two. */
  feedback: z.string().min(20),
});

const statement = z.object({
  /** Stable id: saved answers refer to statements by it. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** First name only. */
  name: z.string().min(2),
  /** What the client says. */
  statement: z.string().min(10),
  replies: z.array(reply).length(4),
});

export const empathicResponsesSchema = z
  .object({
    /** The parts of empathy the article describes, by key: their names as shown. */
    parts: z.record(z.string(), z.string()),
    /** Kinds of reply, by key: their names as shown. */
    replyKinds: z.record(z.string(), z.string()),
    statements: z.array(statement).min(1),
    sources: sourcesField,
  })
  .superRefine(({ parts, replyKinds, statements }, ctx) => {
    statements.forEach((s, i) => {
      const empathic = s.replies.filter((r) => r.kind === 'empathic').length;
      if (empathic !== 1)
        ctx.addIssue({
          code: 'custom',
          path: ['statements', i, 'replies'],
          message: `needs exactly one reply of kind "empathic" (the most empathic), has ${empathic}`,
        });
      s.replies.forEach((r, j) => {
        if (!(r.kind in replyKinds))
          ctx.addIssue({
            code: 'custom',
            path: ['statements', i, 'replies', j, 'kind'],
            message: `"${r.kind}" is not a key of replyKinds`,
          });
        for (const part of [...r.shows, ...r.misses])
          if (!(part in parts))
            ctx.addIssue({
              code: 'custom',
              path: ['statements', i, 'replies', j],
              message: `"${part}" is not a key of parts`,
            });
      });
    });
  });

export const empathicResponsesContent = () => loadWidgetContent('empathic-responses', empathicResponsesSchema);
