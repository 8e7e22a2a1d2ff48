/** Flashcards from content: card text, decks, and the Anki and CSV serialisations, including hostile text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ankiDeckName,
  ankiField,
  ankiText,
  buildStudyCards,
  cardAnchor,
  csvField,
  deckCsv,
  deckSlug,
  listOnce,
  maskTerm,
  type StudyCard,
  type StudyInput,
} from '../../src/lib/study-cards';

const sections = [
  { id: 'what-heals', title: 'What heals in therapy' },
  { id: 'brain', title: 'Therapy and the brain' },
];
const input: StudyInput = {
  glossary: [
    { id: 'empathy', term: 'Empathy', short: 'Empathy is understanding another person from their side.' },
    { id: 'amygdala', term: 'Amygdala', short: 'A brain region that detects threats.' },
  ],
  articles: [
    { id: 'what-heals', title: 'What heals', section: 'what-heals', quiz: [] },
    {
      id: 'what-heals/empathy',
      title: 'Empathy',
      section: 'what-heals',
      quiz: [{ question: 'Which is empathy?', options: ['Pity', 'Understanding'], answer: 1, explanation: 'Because.' }],
    },
    { id: 'brain/regions', title: 'Brain regions', section: 'brain' },
  ],
  sections,
  keyStudies: [{ id: 'rogers1957', citation: 'Rogers, 1957', title: 'The conditions', finding: 'Six conditions.' }],
  termsByArticle: new Map([
    ['what-heals/empathy', ['empathy', 'not-a-term']],
    ['brain/regions', ['amygdala']],
  ]),
  citationsByArticle: new Map([['what-heals/empathy', ['rogers1957', 'not-a-landmark']]]),
};
const { cards, decks } = buildStudyCards(input);
const deck = (id: string) => {
  const found = decks.find((d) => d.id === id);
  if (!found) throw new Error(`no deck "${id}"`);
  return found;
};

describe('cards', () => {
  it('makes two cards per term, one per quiz question and one per landmark study', () => {
    expect(cards.map((c) => c.id)).toEqual([
      'term:empathy:term',
      'term:empathy:definition',
      'term:amygdala:term',
      'term:amygdala:definition',
      'quiz:what-heals/empathy:1',
      'study:rogers1957',
    ]);
    expect(cards[1]).toMatchObject({
      front: 'Which term? … is understanding another person from their side.',
      back: 'Empathy',
    });
    expect(cards[4]).toMatchObject({
      front: 'Which is empathy?\nA. Pity\nB. Understanding',
      back: 'B. Understanding\nBecause.',
      source: '/what-heals/empathy/',
    });
    expect(cards[5]).toMatchObject({
      front: 'What did this study find? Rogers, 1957: The conditions',
      back: 'Six conditions.',
    });
  });

  it('blanks the term out of its definition, whole words only, whatever the case', () => {
    expect(maskTerm('Mentalizing (or mentalization) is MENTALIZING.', 'mentalizing')).toBe(
      '… (or mentalization) is ….',
    );
    // Characters that mean something in a regular expression are matched as themselves.
    expect(maskTerm('Try CBT-E (enhanced) or CBT.E.', 'CBT-E')).toBe('Try … (enhanced) or CBT.E.');
  });

  it('makes article decks (quiz, terms used, landmark studies cited), section decks and site decks', () => {
    expect(deck('what-heals/empathy').cardIds).toEqual([
      'quiz:what-heals/empathy:1',
      'term:empathy:term',
      'term:empathy:definition',
      'study:rogers1957',
    ]);
    expect(deck('what-heals').cardIds).toEqual(deck('what-heals/empathy').cardIds);
    expect(deck('brain').cardIds).toEqual(['term:amygdala:term', 'term:amygdala:definition']);
    expect(deck('glossary').cardIds).toHaveLength(4);
    expect(deck('key-studies').cardIds).toEqual(['study:rogers1957']);
    // Every card is in some deck; no deck is empty.
    expect(new Set(decks.flatMap((d) => d.cardIds))).toEqual(new Set(cards.map((c) => c.id)));
    expect(decks.every((d) => d.cardIds.length > 0)).toBe(true);
  });

  it('names decks for files and for Anki', () => {
    expect(deckSlug('what-heals/empathy')).toBe('what-heals-empathy');
    expect(ankiDeckName(deck('what-heals/empathy'), sections)).toBe(
      'How Therapy Works::What heals in therapy::Empathy',
    );
    expect(ankiDeckName(deck('glossary'), sections)).toBe('How Therapy Works::Glossary: every term');
  });
});

describe('Anki text', () => {
  const url = (p: string) => `https://example.org${p}`;
  const text = ankiText(deck('what-heals/empathy'), cards, 'How Therapy Works::Empathy', url);

  it('starts with the header lines and has one tab-separated row per card', () => {
    const lines = text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#columns:GUID\tDeck\tFront\tBack\tTags',
      '#guid column:1',
      '#deck column:2',
      '#tags column:5',
    ]);
    expect(lines.slice(7, -1).map((l) => l.split('\t').length)).toEqual([5, 5, 5, 5]);
    expect(lines[7]).toBe(
      'htw:quiz:what-heals/empathy:1\tHow Therapy Works::Empathy\tWhich is empathy?<br>A. Pity<br>B. Understanding\t' +
        'B. Understanding<br>Because.<br><br><a href="https://example.org/what-heals/empathy/">How Therapy Works</a>\thtw::quiz',
    );
  });

  it('escapes any text into one field with no tab, line break or quote left, and reads back unchanged', () => {
    const unescape = (s: string) =>
      s
        .replace(/<br>/g, '\n')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom(...'a\t\r\n"<>&; é') })),
        (s) => {
          const field = ankiField(s);
          expect(field).not.toMatch(/[\t\r\n"]/);
          expect(unescape(field)).toBe(s.replace(/\t/g, ' ').replace(/\r\n?/g, '\n'));
        },
      ),
    );
  });
});

describe('CSV', () => {
  it('quotes only fields that need it, doubling quotes, with CRLF line ends', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    const csv = deckCsv(deck('key-studies'), cards, (p) => `https://example.org${p}`);
    expect(csv).toBe(
      'id,question,answer,source\r\nstudy:rogers1957,"What did this study find? Rogers, 1957: The conditions",Six conditions.,https://example.org/references/#rogers1957\r\n',
    );
  });
});

describe('a page of several decks', () => {
  const card = (id: string): StudyCard => ({ id, front: id, back: `${id} back`, source: '/' });
  it('lists each card once, under the first deck that holds it, and links it from the later ones', () => {
    const groups = listOnce([
      { title: 'first', cards: [card('quiz:a:1'), card('term:x:front')] },
      { title: 'second', cards: [card('term:x:front'), card('quiz:b:1'), card('term:y:front')] },
      { title: 'third', cards: [card('term:y:front'), card('term:x:front')] },
    ]);
    expect(groups.map((g) => [g.title, g.cards.map((c) => c.id), g.above.map((c) => c.id)])).toEqual([
      ['first', ['quiz:a:1', 'term:x:front'], []],
      ['second', ['quiz:b:1', 'term:y:front'], ['term:x:front']],
      ['third', [], ['term:y:front', 'term:x:front']],
    ]);
  });

  it('gives each card an anchor made of letters, digits and dashes', () => {
    expect(cardAnchor('quiz:what-heals/empathy:2')).toBe('card-quiz-what-heals-empathy-2');
    expect(cardAnchor('term:empathy:back')).toBe('card-term-empathy-back');
  });
});
