/**
 * The article rules that run in the Markdown pipeline, proved in-process: each fixture string breaks one rule
 * and the error must name the file, the line or field, and the fix. The plugin runs through Sätteri as in the
 * build (src/plugins/compile.ts hands it the parsed frontmatter as Astro does).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/plugins/compile';
import { contentRefs } from '../../src/plugins/content-refs';
import { ARTICLE_LIMITS } from '../../src/schemas/article';
import { ROOT } from '../helpers/paths';

const VALID = path.join(ROOT, 'tests/fixtures/content/valid');
const BODY_WORDS = ARTICLE_LIMITS.en.bodyWords;
const temp = mkdtempSync(path.join(tmpdir(), 'htw-content-refs-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(source: string, { contentDir = VALID, file = 'articles/what-heals/empathy.mdx' } = {}) {
  const { frontmatter, code } = compileContent(path.join(contentDir, file), {
    source,
    contentDir,
    base: '/',
    mdastPlugins: [contentRefs({ contentDir })],
  });
  return { data: frontmatter, code };
}
const errorOf = (...args: Parameters<typeof run>) => {
  try {
    run(...args);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

/** Plain prose of about `words` words, in paragraphs. */
const prose = (words: number) =>
  Array.from({ length: Math.ceil(words / 10) }, (_, i) =>
    i % 8 === 7
      ? 'People differ in how quickly therapy helps them.\n'
      : 'People differ in how quickly therapy helps them, and why.',
  ).join(' ');

/** The valid fixture article's frontmatter, with extra YAML lines added before its end. */
const VALID_FRONT =
  /^---\n[\s\S]*?\n---\n/.exec(readFileSync(path.join(VALID, 'articles/what-heals/empathy.mdx'), 'utf8'))?.[0] ?? '';
const front = (extra = '') => VALID_FRONT.replace(/---\n$/, `${extra}---\n`);
const FRONT = front();
/** The lines the frontmatter takes, so expected line numbers are the file's. */
const FRONT_LINES = FRONT.split('\n').length - 1;
const CITES = 'Three sources <Cite id="howard1986" /> <Cite id="stulz2013 elliott2018" />.\n\n';
const EXAMPLE = '<Callout kind="example">\nMaya is a fictional client.\n</Callout>\n\n';
const article = (body = `${CITES}${EXAMPLE}${prose(1000)}`, frontmatter = FRONT) => `${frontmatter}\n${body}\n`;
const EMPATHY = path.join('tests', 'fixtures', 'content', 'valid', 'articles', 'what-heals', 'empathy.mdx');

describe('a valid article', () => {
  it('passes, with its citations numbered by first use, its terms and its word count exported', () => {
    const { data, code } = run(article(`<Term id="empathy">Empathy</Term> ${CITES}${EXAMPLE}${prose(1000)}`));
    expect(data.citations).toEqual(['howard1986', 'stulz2013', 'elliott2018']);
    // Each <Cite> reaches the page with the numbers it prints.
    expect(code.match(/numbers: "[^"]*"/g)).toEqual(['numbers: "1"', 'numbers: "2 3"']);
    expect(data.terms).toEqual(['empathy']);
    expect(data.words).toBeGreaterThanOrEqual(BODY_WORDS.min);
  });
});

describe('citations', () => {
  it('rejects an unknown key, naming the file, the line and the bibliography', () => {
    expect(errorOf(article(`${CITES}${EXAMPLE}\nSee <Cite id="nobody2099" />.\n\n${prose(1000)}`))).toContain(
      `${EMPATHY}:${FRONT_LINES + 9}: <Cite id="nobody2099">: unknown citation key "nobody2099" (not in tests/fixtures/content/valid/references.json)`,
    );
  });

  it('rejects a source that is not fully verified, saying how to fix it', () => {
    const contentDir = path.join(temp, 'partial');
    cpSync(VALID, contentDir, { recursive: true });
    const entries = JSON.parse(readFileSync(path.join(VALID, 'references.json'), 'utf8'));
    entries.find((e: { id: string }) => e.id === 'stulz2013').verified = 'partial';
    writeFileSync(path.join(contentDir, 'references.json'), JSON.stringify(entries));
    const message = errorOf(article(), { contentDir });
    expect(message).toContain(
      `empathy.mdx:${FRONT_LINES + 2}: <Cite id="stulz2013">: "stulz2013" is "verified": "partial" in `,
    );
    expect(message).toContain('set "verified": "full"');
  });

  it('needs at least three distinct sources, counting the approach block', () => {
    const two = 'Two sources <Cite id="howard1986" /> <Cite id="howard1986 stulz2013" />.\n\n';
    expect(errorOf(article(`${two}${EXAMPLE}${prose(1000)}`))).toContain(
      `${EMPATHY}: citations: 2 distinct source(s) cited (howard1986, stulz2013); an article cites at least 3`,
    );
    const approach = front(
      [
        'approach:',
        '  family: humanistic',
        '  coreIdea: Being understood helps people change.',
        '  timeOrientation: [present]',
        '  structure: Open sessions led by the client.',
        '  homework: Rarely',
        '  typicalSessions: { text: "12-20 sessions", cite: [elliott2018] }',
        '  format: [individual]',
        '  strongestEvidence: [{ condition: Depression, cite: [elliott2018] }]',
        '',
      ].join('\n'),
    );
    expect(errorOf(article(`${two}${EXAMPLE}${prose(1000)}`, approach))).toBe('');
  });
});

describe('glossary terms', () => {
  it('rejects an unknown term, naming the file to add', () => {
    expect(errorOf(article(`<Term id="telepathy">telepathy</Term>\n\n${CITES}${EXAMPLE}${prose(1000)}`))).toContain(
      `${EMPATHY}:${FRONT_LINES + 2}: <Term id="telepathy">: unknown glossary term "telepathy"; add tests/fixtures/content/valid/glossary/telepathy.md.`,
    );
  });
});

describe('body length', () => {
  it(`rejects fewer than ${BODY_WORDS.min} words of prose`, () => {
    expect(errorOf(article(`${CITES}${EXAMPLE}${prose(600)}`))).toMatch(
      new RegExp(`${EMPATHY.replace(/[\\/.]/g, '.')}: body: \\d+ words of prose; an article has 900-1800\\. Say more`),
    );
  });
  it(`rejects more than ${BODY_WORDS.max} words`, () => {
    expect(errorOf(article(`${CITES}${EXAMPLE}${prose(1900)}`))).toMatch(
      /: body: \d+ words of prose; .* Cut, or split/,
    );
  });
  it('does not count the labels of a drawing', () => {
    const svg = `<Diagram title="t" description="d">\n  <svg viewBox="0 0 1 1"><text>${'label '.repeat(500)}</text></svg>\n</Diagram>\n\n`;
    expect(errorOf(article(`${CITES}${EXAMPLE}${svg}${prose(600)}`))).toMatch(/body: \d{3} words/);
  });
  it('holds only articles to it, not glossary entries', () => {
    const entry =
      '---\nterm: Empathy\nshort: Understanding how another person feels, and showing it.\n---\nA short entry.\n';
    expect(errorOf(entry, { file: 'glossary/empathy.md' })).toBe('');
  });
});

describe('fictional examples', () => {
  it('rejects an article without a <Callout kind="example">', () => {
    expect(errorOf(article(`${CITES}${prose(1000)}`))).toContain(
      `${EMPATHY}: no fictional example: show the ideas in a <Callout kind="example"`,
    );
  });
  it('accepts one flagged exampleExempt: true, and a section index page', () => {
    expect(errorOf(article(`${CITES}${prose(1000)}`, front('exampleExempt: true\n')))).toBe('');
    expect(errorOf(article(`${CITES}${prose(1000)}`), { file: 'articles/what-heals/index.mdx' })).toBe('');
  });
});

describe('frontmatter, checked again where the dev server can show it', () => {
  it('names the file and each field the schema rejects', () => {
    const broken = FRONT.replace(/\nquiz:\n(?: .*\n)+/, '\n').replace('order: 2', 'order: -1');
    const message = errorOf(article(undefined, broken));
    expect(message).toContain(`${EMPATHY}: order: `);
    expect(message).toContain(`${EMPATHY}: quiz: missing: add 3-5 questions`);
  });
  it("checks a glossary entry's sources", () => {
    const entry =
      '---\nterm: Empathy\nshort: Understanding how another person feels.\nsources: [nobody2099]\n---\nText.\n';
    expect(errorOf(entry, { file: 'glossary/empathy.md' })).toMatch(
      /glossary[/\\]empathy\.md: sources: unknown citation key "nobody2099"/,
    );
  });
});

describe('a Spanish article (content/es/articles/...)', () => {
  // The valid fixture content plus a Spanish glossary with one entry.
  const contentDir = path.join(temp, 'es');
  cpSync(VALID, contentDir, { recursive: true });
  mkdirSync(path.join(contentDir, 'es', 'glossary'), { recursive: true });
  writeFileSync(
    path.join(contentDir, 'es', 'glossary', 'empathy.md'),
    '---\nterm: Empatía\nshort: Entender cómo se siente otra persona, y mostrarlo.\n---\nUna entrada breve.\n',
  );
  const file = 'es/articles/what-heals/empathy.mdx';
  const SPANISH_FRONT = FRONT.replace(
    /\nsummary: >-\n(?: .*\n)+/,
    [
      '',
      'summary: >-',
      '  Muchas personas se sienten mejor tras unos meses de sesiones semanales. Otras necesitan más tiempo. Esta',
      '  página explica lo que sabemos sobre cuánta terapia hace falta. También cuenta por qué cada persona es',
      '  distinta. Y le ayuda a hablar de ello con su terapeuta cuando planeen juntos su terapia.',
      'translationOf:',
      '  article: what-heals/empathy',
      '  lastReviewed: 2026-11-26',
      '',
    ].join('\n'),
  );
  /** Spanish prose of about `words` words (ten a sentence). */
  const prosa = (words: number) =>
    Array.from(
      { length: Math.ceil(words / 10) },
      () => 'Cada persona mejora a su propio ritmo durante la terapia.',
    ).join(' ');
  const articulo = (body: string, frontmatter = SPANISH_FRONT) => `${frontmatter}\n${body}\n`;

  it('passes with Spanish frontmatter, a term from the Spanish glossary and up to 2,100 words', () => {
    const { data } = run(articulo(`<Term id="empathy">La empatía</Term> ${CITES}${EXAMPLE}${prosa(2000)}`), {
      contentDir,
      file,
    });
    expect(data.terms).toEqual(['empathy']);
    expect(data.words).toBeGreaterThan(ARTICLE_LIMITS.en.bodyWords.max);
  });
  it('is held to the Spanish body limits, 900-2,100 words', () => {
    expect(errorOf(articulo(`${CITES}${EXAMPLE}${prosa(2200)}`), { contentDir, file })).toMatch(
      /empathy\.mdx: body: \d+ words of prose; an article has 900-2100\. Cut, or split it in two\./,
    );
    expect(errorOf(articulo(`${CITES}${EXAMPLE}${prosa(600)}`), { contentDir, file })).toMatch(
      /body: \d+ words of prose; an article has 900-2100\. Say more/,
    );
  });
  it("needs a term's entry in the Spanish glossary, naming the file to add", () => {
    expect(
      errorOf(articulo(`<Term id="dose-effect">dosis</Term> ${CITES}${EXAMPLE}${prosa(1000)}`), { contentDir, file }),
    ).toContain(
      `<Term id="dose-effect">: unknown glossary term "dose-effect"; add ${path.relative(process.cwd(), path.join(contentDir, 'es', 'glossary', 'dose-effect.md'))}.`,
    );
  });
  it('checks the frontmatter with the Spanish schema: translationOf and an INFLESZ summary', () => {
    expect(errorOf(articulo(`${CITES}${EXAMPLE}${prosa(1000)}`, FRONT), { contentDir, file })).toContain(
      'empathy.mdx: translationOf: missing: a translation names the English version it follows',
    );
    const dense = SPANISH_FRONT.replace(
      /\nsummary: >-\n(?: .*\n)+/,
      `\nsummary: >-\n  ${'La determinación individualizada de la duración psicoterapéutica óptima considerando comorbilidades psiquiátricas, '.repeat(4)}\n`,
    );
    const message = errorOf(articulo(`${CITES}${EXAMPLE}${prosa(1000)}`, dense), { contentDir, file });
    expect(message).toMatch(/empathy\.mdx: summary: reads at INFLESZ -?\d+\.\d \("muy difícil"\); a Spanish summary/);
  });
});
