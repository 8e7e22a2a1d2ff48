import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from './site-config.mjs';
import { articleSchema } from './schemas/article';
import { glossarySchema } from './schemas/glossary';

const referenceKeys = new Set<string>(
  (JSON.parse(readFileSync(path.join(CONTENT_DIR, 'references.json'), 'utf8')) as { id: string }[]).map((e) => e.id),
);

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: path.join(CONTENT_DIR, 'articles') }),
  schema: articleSchema(referenceKeys),
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: path.join(CONTENT_DIR, 'glossary') }),
  schema: glossarySchema,
});

export const collections = { articles, glossary };
