import type { APIRoute, GetStaticPaths } from 'astro';
import { SECTIONS } from '../../../schemas/sections';
import { ankiDeckName, ankiText, type StudyDeck } from '../../../lib/study-cards';
import { deckPaths, siteUrl, studyCards } from '../../../lib/study-data';

/** Each deck as a file for Anki's text importer (see ankiText for the format). */
export const getStaticPaths = deckPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { cards } = await studyCards();
  const deck = (props as { deck: StudyDeck }).deck;
  const text = ankiText(deck, cards, ankiDeckName(deck, SECTIONS), (path) => siteUrl(path, site));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
