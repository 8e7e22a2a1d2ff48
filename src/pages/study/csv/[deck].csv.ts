import type { APIRoute, GetStaticPaths } from 'astro';
import { deckCsv, type StudyDeck } from '../../../lib/study-cards';
import { deckPaths, siteUrl, studyCards } from '../../../lib/study-data';

/** Each deck as CSV (id, question, answer, source) for spreadsheets and other flashcard apps. */
export const getStaticPaths = deckPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { cards } = await studyCards();
  const deck = (props as { deck: StudyDeck }).deck;
  return new Response(
    deckCsv(deck, cards, (path) => siteUrl(path, site)),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
};
