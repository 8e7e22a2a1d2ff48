/**
 * The site's flashcards and decks, built once per build from the collections (see study-cards.ts), and
 * the absolute URL helper the exports use so a card in Anki links back to its page.
 */
import { getCollection } from 'astro:content';
import { SECTIONS } from '../schemas/sections';
import { allArticles } from './collections';
import { loadBibliography } from './bibliography';
import { referenceYear, shortCitation } from './references';
import { buildStudyCards, deckSlug, type StudyCard, type StudyDeck } from './study-cards';
import { href } from './urls';
import { contentUsage } from './usage';

let cached: Promise<{ cards: StudyCard[]; decks: StudyDeck[] }> | undefined;

export function studyCards() {
  cached ??= (async () => {
    const articles = await allArticles();
    const glossary = await getCollection('glossary');
    const { termsBy, citedBy } = await contentUsage(articles, 'en');
    const perArticle = (map: Map<string, { id: string }[]>) => {
      const byArticle = new Map<string, string[]>();
      for (const [key, users] of map)
        for (const { id } of users) byArticle.set(id, [...(byArticle.get(id) ?? []), key]);
      return byArticle;
    };
    const keyStudies = loadBibliography()
      .entries.filter((r) => r.landmark)
      .sort((a, b) => (referenceYear(a) ?? 0) - (referenceYear(b) ?? 0))
      .map((r) => ({ id: r.id, citation: shortCitation(r), title: r.title, finding: r.finding }));
    return buildStudyCards({
      glossary: glossary
        .map((g) => ({ id: g.id, term: g.data.term, short: g.data.short }))
        .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' })),
      articles: articles.map((a) => ({ id: a.id, title: a.data.title, section: a.data.section, quiz: a.data.quiz })),
      sections: SECTIONS,
      keyStudies,
      termsByArticle: perArticle(termsBy),
      citationsByArticle: perArticle(citedBy),
    });
  })();
  return cached;
}

/** Absolute URL of a page on the site, for links inside exported files. */
/** One static route per deck (the Anki and CSV downloads): the deck's slug, with the deck as a prop. */
export async function deckPaths() {
  const { decks } = await studyCards();
  return decks.map((deck) => ({ params: { deck: deckSlug(deck.id) }, props: { deck } }));
}

export const siteUrl = (path: string, site: URL | undefined) => new URL(href(path), site).href;
