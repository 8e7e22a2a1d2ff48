/**
 * The Study page's downloads hold exactly the site's cards. The built Anki text files and CSV files are
 * parsed here and compared with cards made in this test straight from content/ (glossary frontmatter,
 * article quizzes, landmark entries of references.json), not with the site's own card builder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadBibliography } from '../../src/lib/bibliography';
import { shortCitation } from '../../src/lib/references';
import { maskTerm } from '../../src/lib/study-cards';
import { DIST, ROOT } from '../helpers/paths';

interface Card {
  id: string;
  front: string;
  back: string;
}

// ---- The expected cards, from content/ ----

const frontmatter = (file: string) => parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1]) as unknown;
const glossaryDir = path.join(ROOT, 'content/glossary');
const termCards: Card[] = readdirSync(glossaryDir).flatMap((file) => {
  const { term, short } = frontmatter(path.join(glossaryDir, file)) as { term: string; short: string };
  const id = file.replace(/\.md$/, '');
  return [
    { id: `term:${id}:term`, front: `Define: ${term}`, back: short },
    { id: `term:${id}:definition`, front: `Which term? ${maskTerm(short, term)}`, back: term },
  ];
});
const articlesDir = path.join(ROOT, 'content/articles');
const quizzes = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => {
    const id = f.replace(/\.mdx?$/, '').replace(/\/index$/, '');
    const { quiz = [] } = frontmatter(path.join(articlesDir, f)) as {
      quiz?: { question: string; options: string[]; answer: number; explanation: string }[];
    };
    return { id, quiz };
  });
const letter = (i: number) => 'ABCDE'[i];
const quizCards: Card[] = quizzes.flatMap(({ id, quiz }) =>
  quiz.map((q, i) => ({
    id: `quiz:${id}:${i + 1}`,
    front: [q.question, ...q.options.map((o, j) => `${letter(j)}. ${o}`)].join('\n'),
    back: `${letter(q.answer)}. ${q.options[q.answer]}\n${q.explanation}`,
  })),
);
const studyCards: Card[] = loadBibliography(path.join(ROOT, 'content/references.json'))
  .entries.filter((r) => r.landmark)
  .map((r) => ({
    id: `study:${r.id}`,
    front: `What did this study find? ${shortCitation(r)}: ${r.title}`,
    back: r.finding,
  }));
const expected = new Map([...termCards, ...quizCards, ...studyCards].map((c) => [c.id, c]));

// ---- Reading the built files ----

const unescapeHtml = (text: string) =>
  text
    .replace(/<br>/g, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

interface AnkiFile {
  headers: string[];
  rows: (Card & { deck: string; tags: string; link: string })[];
}

/** Anki's text format as this site writes it: "#key:value" header lines, then tab-separated HTML fields. */
function readAnki(file: string): AnkiFile {
  const lines = readFileSync(file, 'utf8').split('\n');
  expect(lines.pop()).toBe('');
  const headers = lines.filter((l) => l.startsWith('#'));
  const rows = lines.slice(headers.length).map((line) => {
    const fields = line.split('\t');
    expect(fields, line).toHaveLength(5);
    const [guid, deck, front, backWithLink, tags] = fields;
    const [, back, link] = /^(.*)<br><br><a href="([^"]+)">How Therapy Works<\/a>$/.exec(backWithLink) ?? [];
    expect(guid).toMatch(/^htw:/);
    return { id: guid.slice(4), deck, front: unescapeHtml(front), back: unescapeHtml(back ?? ''), tags, link };
  });
  return { headers, rows };
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  expect(field + record.join('')).toBe(''); // the file ends with a complete record
  return records;
}

const ankiDir = path.join(DIST, 'study/anki');
const deckFiles = readdirSync(ankiDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();
const anki = new Map(deckFiles.map((slug) => [slug, readAnki(path.join(ankiDir, `${slug}.txt`))]));
const idsOf = (slug: string) => anki.get(slug)?.rows.map((r) => r.id) ?? [];

describe('Anki and CSV downloads', () => {
  it('has the site cards to compare with', () => {
    expect(termCards.length).toBeGreaterThan(100);
    expect(quizCards.length).toBeGreaterThan(50);
    expect(studyCards.length).toBeGreaterThan(5);
  });

  it('has a deck file for every article with a quiz, every section, the glossary and the key studies', () => {
    const withQuiz = quizzes.filter((q) => q.quiz.length > 0).map((q) => q.id.replace(/\//g, '-'));
    const sections = readdirSync(articlesDir);
    expect(deckFiles).toEqual(expect.arrayContaining([...withQuiz, ...sections, 'glossary', 'key-studies']));
  });

  it.each(deckFiles)('%s.txt: declares the format in Anki’s header lines', (slug) => {
    expect(anki.get(slug)?.headers).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#columns:GUID\tDeck\tFront\tBack\tTags',
      '#guid column:1',
      '#deck column:2',
      '#tags column:5',
    ]);
  });

  it.each(deckFiles)('%s.txt: every card is a site card, word for word, once, in one deck', (slug) => {
    const { rows } = anki.get(slug) ?? { rows: [] };
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect({ id: row.id, front: row.front, back: row.back }).toEqual(expected.get(row.id));
      expect(row.deck).toBe(rows[0].deck);
      expect(row.tags).toBe(`htw::${row.id.split(':')[0]}`);
      expect(row.link).toMatch(/^https:\/\/[^/]+\/(glossary|references)?/);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows[0].deck).toMatch(/^How Therapy Works::/);
  });

  it('glossary.txt holds exactly every glossary term, both ways; key-studies.txt every landmark study', () => {
    expect(idsOf('glossary').sort()).toEqual(termCards.map((c) => c.id).sort());
    expect(idsOf('key-studies').sort()).toEqual(studyCards.map((c) => c.id).sort());
  });

  it("each article's deck holds exactly its quiz questions, in order, then terms and studies", () => {
    // A section's own page ("foundations") has no deck of its own: its cards are in the section's deck.
    for (const { id, quiz } of quizzes.filter((q) => q.quiz.length > 0 && q.id.includes('/'))) {
      const ids = idsOf(id.replace(/\//g, '-'));
      expect(ids.filter((c) => c.startsWith('quiz:'))).toEqual(quiz.map((_q, i) => `quiz:${id}:${i + 1}`));
      expect(ids.every((c) => !c.startsWith('quiz:') || c.startsWith(`quiz:${id}:`))).toBe(true);
    }
  });

  it("each section's deck is the union of its articles' decks", () => {
    for (const section of readdirSync(articlesDir)) {
      const union = new Set(deckFiles.filter((s) => s.startsWith(`${section}-`)).flatMap((s) => idsOf(s)));
      const own = idsOf(section);
      expect(own.length).toBe(new Set(own).size);
      for (const id of union) expect(own, `${section} lacks ${id}`).toContain(id);
      // Beyond its articles' decks, only the section page's own cards.
      for (const id of own.filter((c) => !union.has(c)))
        expect(id.startsWith(`quiz:${section}:`) || !id.startsWith('quiz:')).toBe(true);
    }
  });

  it('together the decks hold every site card', () => {
    expect(new Set(deckFiles.flatMap(idsOf))).toEqual(new Set(expected.keys()));
  });

  it.each(deckFiles)('%s.csv: the same cards as the Anki file, as plain text', (slug) => {
    const [header, ...records] = readCsv(readFileSync(path.join(DIST, 'study/csv', `${slug}.csv`), 'utf8'));
    expect(header).toEqual(['id', 'question', 'answer', 'source']);
    const rows = anki.get(slug)?.rows ?? [];
    expect(records).toEqual(rows.map((r) => [r.id, r.front, r.back, r.link]));
  });
});
