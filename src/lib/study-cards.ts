/**
 * Flashcards built from the site's own content, so nothing is typed twice: every glossary entry (term to
 * definition and back), every article's quiz question, and every landmark study (study to finding).
 * Decks: one per article (its quiz, the terms it uses, the landmark studies it cites), one per section
 * (the union of its articles' decks), and two whole-site decks (all terms, all key studies), so every card
 * belongs to at least one deck. Pure: the pages pass in what they loaded from the collections.
 */
import { articlePath, isSectionIndex } from './articles';

export interface StudyCard {
  /** Stable across builds, so saved progress survives content edits elsewhere: "term:empathy:back". */
  id: string;
  /** Plain text; lines separated by "\n". */
  front: string;
  back: string;
  /** Where the card comes from on the site (root-relative, without the base). */
  source: string;
}

export interface StudyDeck {
  /** "glossary", "key-studies", a section id, or an article id ("what-heals/empathy"). */
  id: string;
  title: string;
  kind: 'site' | 'section' | 'article';
  /** The section a section or article deck belongs to. */
  section?: string;
  cardIds: string[];
}

export interface StudyInput {
  glossary: { id: string; term: string; short: string }[];
  /** In reading order. */
  articles: {
    id: string;
    title: string;
    section: string;
    quiz?: { question: string; options: string[]; answer: number; explanation: string }[];
  }[];
  sections: readonly { id: string; title: string }[];
  /** The landmark studies, oldest first: short citation ("Smith & Glass, 1977"), title and finding. */
  keyStudies: { id: string; citation: string; title: string; finding: string }[];
  /** Glossary ids used by each article id. */
  termsByArticle: Map<string, string[]>;
  /** Reference ids cited by each article id. */
  citationsByArticle: Map<string, string[]>;
}

const letter = (i: number) => String.fromCharCode(65 + i);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The definition with the term itself blanked out, so the definition-to-term card does not give it away. */
export function maskTerm(definition: string, term: string): string {
  return definition.replace(new RegExp(`\\b${escapeRegExp(term)}\\b`, 'gi'), '…');
}

export const termCardId = (id: string, direction: 'term' | 'definition') => `term:${id}:${direction}`;
export const quizCardId = (articleId: string, index: number) => `quiz:${articleId}:${index + 1}`;
export const studyCardId = (referenceId: string) => `study:${referenceId}`;

export function buildStudyCards(input: StudyInput): { cards: StudyCard[]; decks: StudyDeck[] } {
  const cards: StudyCard[] = [];
  for (const entry of input.glossary) {
    const source = `/glossary/#${entry.id}`;
    cards.push(
      { id: termCardId(entry.id, 'term'), front: `Define: ${entry.term}`, back: entry.short, source },
      {
        id: termCardId(entry.id, 'definition'),
        front: `Which term? ${maskTerm(entry.short, entry.term)}`,
        back: entry.term,
        source,
      },
    );
  }
  for (const article of input.articles) {
    (article.quiz ?? []).forEach((q, i) =>
      cards.push({
        id: quizCardId(article.id, i),
        front: [q.question, ...q.options.map((option, j) => `${letter(j)}. ${option}`)].join('\n'),
        back: `${letter(q.answer)}. ${q.options[q.answer]}\n${q.explanation}`,
        source: articlePath(article.id),
      }),
    );
  }
  for (const study of input.keyStudies) {
    cards.push({
      id: studyCardId(study.id),
      front: `What did this study find? ${study.citation}: ${study.title}`,
      back: study.finding,
      source: `/references/#${study.id}`,
    });
  }

  const known = new Set(cards.map((c) => c.id));
  const keyStudyIds = new Set(input.keyStudies.map((s) => s.id));
  const articleDeck = (article: StudyInput['articles'][number]): StudyDeck => ({
    id: article.id,
    title: article.title,
    kind: 'article',
    section: article.section,
    cardIds: [
      ...(article.quiz ?? []).map((_q, i) => quizCardId(article.id, i)),
      ...(input.termsByArticle.get(article.id) ?? []).flatMap((t) => [
        termCardId(t, 'term'),
        termCardId(t, 'definition'),
      ]),
      ...(input.citationsByArticle.get(article.id) ?? []).filter((r) => keyStudyIds.has(r)).map(studyCardId),
    ].filter((id) => known.has(id)),
  });
  const decks: StudyDeck[] = [];
  for (const section of input.sections) {
    const articles = input.articles.filter((a) => a.section === section.id).map(articleDeck);
    // The section's own page comes first; its deck is part of the section deck but not listed on its own.
    const listed = articles.filter((d) => !isSectionIndex(d.id) && d.cardIds.length > 0);
    const cardIds = [...new Set(articles.flatMap((d) => d.cardIds))];
    if (cardIds.length > 0)
      decks.push({ id: section.id, title: section.title, kind: 'section', section: section.id, cardIds });
    decks.push(...listed);
  }
  decks.push(
    {
      id: 'glossary',
      title: 'Glossary: every term',
      kind: 'site',
      cardIds: cards.filter((c) => c.id.startsWith('term:')).map((c) => c.id),
    },
    {
      id: 'key-studies',
      title: 'Key studies: every landmark study',
      kind: 'site',
      cardIds: cards.filter((c) => c.id.startsWith('study:')).map((c) => c.id),
    },
  );
  return { cards, decks: decks.filter((d) => d.cardIds.length > 0) };
}

/**
 * Each card list indexed by id once: every deck's page and export file asks for its cards from the same list,
 * and indexing the whole list on each call made the study pages cost more than the articles in a large build.
 */
const cardIndexes = new WeakMap<readonly StudyCard[], Map<string, StudyCard>>();

/** A deck's cards, in deck order. */
export function deckCards(deck: StudyDeck, cards: readonly StudyCard[]): StudyCard[] {
  let byId = cardIndexes.get(cards);
  if (!byId) cardIndexes.set(cards, (byId = new Map(cards.map((c) => [c.id, c]))));
  return deck.cardIds.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Several decks listed in turn on one page, each card once: where a later deck holds a card already listed
 * above (a glossary term several articles use), the card goes into its `above` list, to be linked rather than
 * repeated. A section's questions-and-answers page stays a list to read or print, not the same card once per
 * article.
 */
export function listOnce<G extends { cards: StudyCard[] }>(groups: readonly G[]): (G & { above: StudyCard[] })[] {
  const listed = new Set<string>();
  return groups.map((group) => {
    const above = group.cards.filter((card) => listed.has(card.id));
    const cards = group.cards.filter((card) => !listed.has(card.id));
    for (const card of cards) listed.add(card.id);
    return { ...group, cards, above };
  });
}

/** The id of a card's entry on a printable page: "term:empathy:back" -> "card-term-empathy-back". */
export const cardAnchor = (cardId: string) => `card-${cardId.replace(/[^a-z0-9]+/gi, '-')}`;

/** "what-heals/empathy" -> "what-heals-empathy": the deck's name in file and page paths. */
export const deckSlug = (deckId: string) => deckId.replace(/\//g, '-');

/** The deck's name inside Anki: "How Therapy Works::What heals in therapy::Empathy". */
export function ankiDeckName(deck: StudyDeck, sections: readonly { id: string; title: string }[]): string {
  const clean = (name: string) => name.replace(/::/g, ':').replace(/[\t\r\n]/g, ' ');
  const sectionTitle = sections.find((s) => s.id === deck.section)?.title;
  const path = deck.kind === 'article' && sectionTitle ? [sectionTitle, deck.title] : [deck.title];
  return ['How Therapy Works', ...path].map(clean).join('::');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One field of an HTML-mode Anki text file: no tab, newline or quote is left, so no field needs quoting. */
export const ankiField = (text: string) =>
  escapeHtml(text)
    .replace(/\t/g, ' ')
    .replace(/\r\n?|\n/g, '<br>');

/**
 * Anki's plain-text import format ("File Headers" in the Anki manual; headers arrived in 2.1.54): header lines
 * set the separator, HTML mode, note type and column names, and say which column holds the note's id (so
 * importing an updated file updates the notes instead of duplicating them), its deck and its tags. The deck
 * is a column, not a "#deck:" header, because Anki's importer only selects an existing deck from the header
 * but creates a missing deck named in a deck column.
 */
export function ankiText(deck: StudyDeck, cards: StudyCard[], deckName: string, siteUrl: (path: string) => string) {
  const rows = deckCards(deck, cards).map((card) => {
    const source = `<a href="${escapeHtml(siteUrl(card.source))}">How Therapy Works</a>`;
    const tag = `htw::${card.id.split(':')[0]}`;
    const back = `${ankiField(card.back)}<br><br>${source}`;
    return [`htw:${card.id}`, ankiField(deckName), ankiField(card.front), back, tag].join('\t');
  });
  return [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    '#columns:GUID\tDeck\tFront\tBack\tTags',
    '#guid column:1',
    '#deck column:2',
    '#tags column:5',
    ...rows,
    '',
  ].join('\n');
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled. */
export const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The deck as CSV with a header row, CRLF line ends (RFC 4180), plain text. */
export function deckCsv(deck: StudyDeck, cards: StudyCard[], siteUrl: (path: string) => string): string {
  const rows = deckCards(deck, cards).map((card) => {
    return [card.id, card.front, card.back, siteUrl(card.source)].map(csvField).join(',');
  });
  return [['id', 'question', 'answer', 'source'].join(','), ...rows, ''].join('\r\n');
}
