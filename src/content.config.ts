import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { CONTENT_DIR } from './site-config.mjs';
import { bibliographyFile, loadBibliography } from './lib/bibliography';
import { crisisLinesFile, loadCrisisLines } from './lib/crisis-lines';
import { articleSchema } from './schemas/article';
import { crisisLineSchema } from './schemas/crisis-line';
import { glossarySchema } from './schemas/glossary';
import { referenceSchema } from './schemas/reference';
import { reviewSchema } from './schemas/review';

// Read and validated once (src/lib/bibliography.ts); an invalid bibliography stops the build here, naming
// the entry and the field.
const bibliography = loadBibliography(bibliographyFile(CONTENT_DIR));

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: path.join(CONTENT_DIR, 'articles') }),
  schema: articleSchema(bibliography.byId),
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: path.join(CONTENT_DIR, 'glossary') }),
  schema: glossarySchema(bibliography.byId),
});

/** The bibliography as a collection, each entry checked by the same schema the rest of the site uses. */
const references = defineCollection({
  loader: file(path.relative(process.cwd(), bibliographyFile(CONTENT_DIR))),
  schema: referenceSchema,
});

/** The review log: one file per article (content/reviews/<section>/<slug>.md); see src/schemas/review.ts. */
const reviews = defineCollection({
  loader: glob({ pattern: '**/*.md', base: path.join(CONTENT_DIR, 'reviews') }),
  schema: reviewSchema(new Set(bibliography.byId.keys())),
});

/**
 * Translations (docs/translating.md): content/<lang>/articles, glossary and reviews, under the same ids as
 * the English files they follow, held to the same schemas and rules (a Spanish summary is measured by a
 * Spanish readability formula, and records the English version it follows).
 */
const articles_es = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: path.join(CONTENT_DIR, 'es', 'articles') }),
  schema: articleSchema(bibliography.byId, 'es'),
});
const glossary_es = defineCollection({
  loader: glob({ pattern: '*.md', base: path.join(CONTENT_DIR, 'es', 'glossary') }),
  schema: glossarySchema(bibliography.byId),
});
const reviews_es = defineCollection({
  loader: glob({ pattern: '**/*.md', base: path.join(CONTENT_DIR, 'es', 'reviews') }),
  schema: reviewSchema(new Set(bibliography.byId.keys())),
});

/** Crisis lines and emergency numbers for the "Get help now" pages; checked first for an error naming the file. */
loadCrisisLines(crisisLinesFile(CONTENT_DIR));
const crisisLines = defineCollection({
  loader: file(path.relative(process.cwd(), crisisLinesFile(CONTENT_DIR))),
  schema: crisisLineSchema,
});

export const collections = {
  articles,
  glossary,
  references,
  reviews,
  crisisLines,
  articles_es,
  glossary_es,
  reviews_es,
};
