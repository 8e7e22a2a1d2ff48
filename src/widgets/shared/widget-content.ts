/**
 * The widgets' words live in content/widgets/<name>.yaml, so a writer edits them without TypeScript, and
 * each translation in content/<lang>/widgets/<name>.yaml under the same schema. Each widget describes its
 * file with a Zod schema (in <name>-content.ts) and reads it here at build time, in the page's language; the
 * unit tests read it the same way. A mistake fails the build naming the file, the field and what to fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { CONTENT_DIR } from '../../site-config.mjs';
import { DEFAULT_LANG, type Lang } from '../../i18n/languages.mjs';

/** Where a widget's words live in a language: English at content/widgets/, a translation under content/<lang>/. */
export const widgetContentFile = (name: string, lang: Lang = DEFAULT_LANG) =>
  lang === DEFAULT_LANG
    ? path.join(CONTENT_DIR, 'widgets', `${name}.yaml`)
    : path.join(CONTENT_DIR, lang, 'widgets', `${name}.yaml`);

const cache = new Map<string, unknown>();

/** Parses a widget's YAML against its schema; an error names the file, each bad field and what is wrong. */
export function parseWidgetContent<S extends z.ZodType>(file: string, text: string, schema: S): z.infer<S> {
  const result = schema.safeParse(parse(text));
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  throw new Error(`${path.relative(process.cwd(), file)}: ${issues.join('; ')}`);
}

/**
 * A widget's words in the page's language. A page in a language that has no translation of them fails the
 * build naming the file to write, rather than showing English words on that page.
 */
export function loadWidgetContent<S extends z.ZodType>(name: string, schema: S, lang: Lang = DEFAULT_LANG): z.infer<S> {
  const file = widgetContentFile(name, lang);
  if (!existsSync(file))
    throw new Error(
      `${path.relative(process.cwd(), file)}: missing. A ${lang} page uses the widget "${name}": write its words there, translating ${path.relative(process.cwd(), widgetContentFile(name))} under the same schema.`,
    );
  if (!cache.has(file)) cache.set(file, parseWidgetContent(file, readFileSync(file, 'utf8'), schema));
  return cache.get(file) as z.infer<S>;
}

/**
 * A list of entries, one for each id the widget's data defines (`ids`) and no other: the words of a widget
 * whose figures live in TypeScript, matched to them by id. `noun` names an entry in the error.
 */
export function oneEntryPerId<T extends z.ZodType<{ id: string }>>(entry: T, ids: readonly string[], noun: string) {
  return z.array(entry).superRefine((entries, context) => {
    const found = entries.map((e) => e.id);
    for (const id of ids)
      if (found.filter((other) => other === id).length !== 1)
        context.addIssue({ code: 'custom', message: `needs exactly one ${noun} with id "${id}"` });
  });
}

/** Bibliography ids that back figures in a widget's words (checked against content/references.json). */
export const sourcesField = z
  .array(z.string())
  .optional()
  .describe('Bibliography ids backing any figure in this file; text with numbers needs at least one.');
