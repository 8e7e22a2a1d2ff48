// Generates a synthetic corpus of N articles for the build benchmark: realistic length (~1,200 words),
// headings, links between articles, citations and glossary terms, in the real content format. The plain
// variant is the same text without <Cite> and <Term> (each term keeps its word), so the two builds differ
// only by what citations and terms cost; it is also what Starlight builds for comparison.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
  cpSync(path.join(contentDir, 'glossary'), path.join(root, 'glossary'), { recursive: true });
  cpSync(path.join(contentDir, 'references.json'), path.join(root, 'references.json'));
  const refs = JSON.parse(readFileSync(path.join(contentDir, 'references.json'), 'utf8')).map((r) => r.id);
  const terms = readdirSync(path.join(contentDir, 'glossary')).map((f) => f.replace(/\.md$/, ''));
  const rnd = random(count);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const sentence = (n) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const ids = Array.from({ length: count }, (_, i) => `${SECTIONS[i % SECTIONS.length]}/article-${i}`);
  for (const [i, id] of ids.entries()) {
    const [section] = id.split('/');
    const body = [];
    for (let h = 0; h < 6; h++) {
      body.push(`## Part ${h + 1}: ${sentence(4).slice(0, -1)}`, '');
      for (let p = 0; p < 3; p++) {
        const link = `[related reading](/${pick(ids)}/)`;
        // The same random draws in both variants, so the plain corpus has the same words.
        const [term, word, ref] = [pick(terms), pick(WORDS), pick(refs)];
        const termMarkup = plain ? word : `<Term id="${term}">${word}</Term>`;
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
      `summary: >-\n  ${sentence(20)} ${sentence(20)} ${sentence(15)}`,
      'keyTakeaways:',
      `  - ${sentence(8)}`,
      `  - ${sentence(8)}`,
      `  - ${sentence(8)}`,
      'lastReviewed: 2026-11-26',
      '---',
      '',
    ];
    mkdirSync(path.join(root, 'articles', section), { recursive: true });
    writeFileSync(path.join(root, 'articles', `${id}.mdx`), `${front.join('\n')}${body.join('\n')}\n`);
  }
  writeFileSync(path.join(root, 'redirects.json'), '{}\n');
  return ids;
}
