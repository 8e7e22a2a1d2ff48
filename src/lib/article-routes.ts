/**
 * The article and section routes of one language, shared by src/pages/[section]/ (English) and
 * src/pages/<lang>/[section]/ (each translation), so every language builds its pages the same way.
 */
import { DEFAULT_LANG, type Lang } from '../i18n/languages.mjs';
import { SECTIONS } from '../schemas/sections';
import { articlesInSection, isSectionIndex, sectionIndexId } from './articles';
import { allArticles } from './collections';

/** One page per article (section pages excluded). */
export async function articlePaths(lang: Lang) {
  const all = await allArticles(lang);
  return all
    .filter((article) => !isSectionIndex(article.id))
    .map((article) => {
      const [section, slug] = article.id.split('/');
      return { params: { section, slug }, props: { article, all } };
    });
}

/**
 * One page per section: its index article if it has one, then the list of its articles. English has every
 * section's page (an empty one says its articles are on the way); a translation has the pages of the
 * sections it has articles in.
 */
export async function sectionPaths(lang: Lang) {
  const all = await allArticles(lang);
  const ids = all.map((a) => a.id);
  const shown = SECTIONS.filter((s) => lang === DEFAULT_LANG || all.some((a) => a.data.section === s.id));
  return shown.map((section) => ({
    params: { section: section.id },
    props: {
      sectionId: section.id,
      all,
      articles: articlesInSection(all, section.id),
      intro: all.find((a) => a.id === sectionIndexId(section.id, ids)),
    },
  }));
}
