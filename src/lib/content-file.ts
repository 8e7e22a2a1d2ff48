/**
 * Where a content file sits: its language (from its folder, `contentLanguage` in src/i18n/languages.mjs)
 * and its path inside that language's content, so that `content/es/articles/x/y.mdx` is checked as the
 * article `articles/x/y.mdx` in Spanish. Used by the Markdown plugins and `npm run evidence`.
 */
import path from 'node:path';
import { DEFAULT_LANG, contentLanguage } from '../i18n/languages.mjs';
import type { Lang } from '../i18n/languages.mjs';

export interface ContentFile {
  lang: Lang;
  /** The path inside the language's own content folder, with '/': "articles/what-heals/empathy.mdx". */
  inLanguage: string;
  /** The language's own content folder: `contentDir` for English, `contentDir/<code>` for a translation. */
  languageDir: string;
}

export function contentFile(contentDir: string, filePath: string): ContentFile {
  const relative = path.relative(contentDir, path.resolve(filePath)).replace(/\\/g, '/');
  // contentLanguage reads "content/<code>/..."; the folder may be named otherwise (a test fixture's).
  const lang = contentLanguage(`content/${relative}`);
  if (lang === DEFAULT_LANG) return { lang, inLanguage: relative, languageDir: contentDir };
  return { lang, inLanguage: relative.slice(lang.length + 1), languageDir: path.join(contentDir, lang) };
}
