/**
 * The widgets' words live in content/widgets/<name>.yaml, so a writer edits them without TypeScript. Each
 * widget describes its file with a Zod schema (in <name>-content.ts) and reads it here at build time; the
 * unit tests read it the same way. A mistake fails the build naming the file, the field and what to fix.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { CONTENT_DIR } from '../../site-config.mjs';

/** Where a widget's words live. */
export const widgetContentFile = (name: string) => path.join(CONTENT_DIR, 'widgets', `${name}.yaml`);

const cache = new Map<string, unknown>();

/** Parses a widget's YAML against its schema; an error names the file, each bad field and what is wrong. */
export function parseWidgetContent<S extends z.ZodType>(file: string, text: string, schema: S): z.infer<S> {
  const result = schema.safeParse(parse(text));
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  throw new Error(`${path.relative(process.cwd(), file)}: ${issues.join('; ')}`);
}

export function loadWidgetContent<S extends z.ZodType>(name: string, schema: S): z.infer<S> {
  const file = widgetContentFile(name);
  if (!cache.has(file)) cache.set(file, parseWidgetContent(file, readFileSync(file, 'utf8'), schema));
  return cache.get(file) as z.infer<S>;
}

/** Bibliography ids that back figures in a widget's words (checked against content/references.json). */
export const sourcesField = z
  .array(z.string())
  .optional()
  .describe('Bibliography ids backing any figure in this file; text with numbers needs at least one.');
