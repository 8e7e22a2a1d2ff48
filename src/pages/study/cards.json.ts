import type { APIRoute } from 'astro';
import { studyCards } from '../../lib/study-data';
import { href } from '../../lib/urls';

/** Every card and which decks hold it, for the Study page's script (fetched only there). */
export const GET: APIRoute = async () => {
  const { cards, decks } = await studyCards();
  const body = {
    cards: cards.map((c) => ({ ...c, source: href(c.source) })),
    decks: decks.map((d) => ({ id: d.id, cardIds: d.cardIds })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
