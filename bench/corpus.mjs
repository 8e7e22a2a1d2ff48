// Generates a synthetic corpus of N articles for the build benchmark: realistic length (~1,200 words),
// headings, links between articles, citations and glossary terms, in the real content format. The plain
// variant is the same text without <Cite> and <Term> (each term keeps its word), so the two builds differ
// only by what citations and terms cost; it is also what Starlight builds for comparison.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadBibliography } from '../src/lib/bibliography.ts';
import { readingGrade } from '../src/lib/reading-level.ts';

const SECTIONS = ['foundations', 'what-heals', 'brain', 'change-over-time', 'approaches', 'starting-therapy'];
const WORDS = `therapy helps people notice patterns in feelings thoughts and actions and the relationship with a
therapist gives a safe place to practise new ways of coping with stress worry sadness and conflict over weeks
and months while research compares approaches and measures change with questionnaires and careful trials`.split(/\s+/);

/** A deterministic pseudo-random generator, so every run builds the same corpus. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Writes the corpus into `root` in this project's content format (articles/, glossary/, references.json).
 * `plain`: leave out citations and glossary terms.
 */
export function generateCorpus(root, count, contentDir = 'content', { plain = false } = {}) {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'articles'), { recursive: true });
  // The build rejects glossary entries no article uses, so the plain corpus (no <Term>) has none.
  if (plain) mkdirSync(path.join(root, 'glossary'));
  else cpSync(path.join(contentDir, 'glossary'), path.join(root, 'glossary'), { recursive: true });
  // The build holds the corpus to the real rules: articles cite only fully verified entries, and an entry
  // no generated article happens to cite is marked background reading so the build accepts it.
  const entries = loadBibliography(path.join(contentDir, 'references.json')).entries;
  writeFileSync(
    path.join(root, 'references.json'),
    `${JSON.stringify(
      entries.map((e) => ({ ...e, background: true })),
      null,
      2,
    )}\n`,
  );
  const refs = entries.filter((r) => r.verified === 'full').map((r) => r.id);
  const terms = readdirSync(path.join(contentDir, 'glossary')).map((f) => f.replace(/\.md$/, ''));
  const rnd = random(count);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  // Terms go round in turn, so every glossary entry is used (the build rejects unused entries).
  let nextTerm = 0;
  const term = () => terms[nextTerm++ % terms.length];
  // Short sentences, drawn again until they read at grade 9 or below: the build holds the corpus to the
  // real limit, and an unlucky draw of long words would fail it.
  const plainSummary = () => {
    let summary;
    do summary = Array.from({ length: 6 }, () => sentence(8)).join(' ');
    while (readingGrade(summary) > 9);
    return summary;
  };
  const sentence = (n) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const ids = Array.from({ length: count }, (_, i) => `${SECTIONS[i % SECTIONS.length]}/article-${i}`);
  for (const [i, id] of ids.entries()) {
    const [section] = id.split('/');
    const body = [
      `Three sources agree <Cite id="${refs[i % refs.length]} ${refs[(i + 1) % refs.length]} ${refs[(i + 2) % refs.length]}" />.`,
      '',
    ];
    body.push('<Callout kind="example" title="A fictional example">', sentence(12), '</Callout>', '');
    for (let h = 0; h < 6; h++) {
      body.push(`## Part ${h + 1}: ${sentence(4).slice(0, -1)}`, '');
      for (let p = 0; p < 3; p++) {
        const link = `[related reading](/${pick(ids)}/)`;
        // The same random draws in both variants, so the plain corpus has the same words; terms go round in
        // turn (no draw), so every glossary entry is used.
        const [word, ref] = [pick(WORDS), pick(refs)];
        const termMarkup = plain ? word : `<Term id="${term()}">${word}</Term>`;
        const citeMarkup = plain ? '' : ` <Cite id="${ref}" />`;
        body.push(
          `${sentence(14)} ${termMarkup} ${sentence(12)}${citeMarkup} ${sentence(10)} See ${link}. ${sentence(16)}`,
          '',
        );
      }
    }
    const front = [
      '---',
      `title: Benchmark article ${i}`,
      `description: A generated article used only to measure how the build scales with the number of pages.`,
      `section: ${section}`,
      `order: ${i + 1}`,
      'audience: both',
      `summary: >-\n  ${plainSummary()}`,
      'keyTakeaways:',
      `  - ${sentence(8)}`,
      `  - ${sentence(8)}`,
      `  - ${sentence(8)}`,
      'lastReviewed: 2026-11-26',
      'quiz:',
      ...[1, 2, 3].flatMap((q) => [
        `  - question: Benchmark question ${q}?`,
        '    options: [Yes, No]',
        '    answer: 0',
        '    explanation: A generated question, only for the benchmark.',
      ]),
      '---',
      '',
    ];
    mkdirSync(path.join(root, 'articles', section), { recursive: true });
    writeFileSync(path.join(root, 'articles', `${id}.mdx`), `${front.join('\n')}${body.join('\n')}\n`);
    // Every article has a second reader's review, dated as its lastReviewed (a build rule).
    mkdirSync(path.join(root, 'reviews', section), { recursive: true });
    writeFileSync(
      path.join(root, 'reviews', `${id}.md`),
      [
        '---',
        `article: ${id}`,
        'reviewed: 2026-11-26',
        'reader: Generated for the benchmark, not a real review',
        'sourcesChecked: []',
        'changes: []',
        '---',
        '',
      ].join('\n'),
    );
  }
  writeFileSync(path.join(root, 'redirects.json'), '{}\n');
  // The help pages read the crisis lines from content; the corpus keeps the real ones.
  cpSync(path.join(contentDir, 'help'), path.join(root, 'help'), { recursive: true });
  return ids;
}
