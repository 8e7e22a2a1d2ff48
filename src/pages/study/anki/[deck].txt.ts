import type { APIRoute, GetStaticPaths } from 'astro';
import { SECTIONS } from '../../../schemas/sections';
import { ankiDeckName, ankiText, deckSlug, type StudyDeck } from '../../../lib/study-cards';
import { siteUrl, studyCards } from '../../../lib/study-data';

/** Each deck as a file for Anki's text importer (see ankiText for the format). */
export const getStaticPaths = (async () => {
  const { decks } = await studyCards();
  return decks.map((deck) => ({ params: { deck: deckSlug(deck.id) }, props: { deck } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { cards } = await studyCards();
  const deck = (props as { deck: StudyDeck }).deck;
  const text = ankiText(deck, cards, ankiDeckName(deck, SECTIONS), (path) => siteUrl(path, site));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
