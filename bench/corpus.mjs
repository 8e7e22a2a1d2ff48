// Generates a synthetic corpus of N articles for the build benchmark: realistic length (~1,200 words),
// headings, links between articles, citations and glossary terms, in the real content format.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadBibliography } from '../src/lib/bibliography.ts';

const SECTIONS = ['foundations', 'what-heals', 'brain', 'change-over-time', 'approaches', 'starting-therapy'];
const WORDS = `therapy helps people notice patterns in feelings thoughts and actions and the relationship with a
therapist gives a safe place to practise new ways of coping with stress worry sadness and conflict over weeks
and months while research compares approaches and measures change with questionnaires and careful trials`.split(/\s+/);

/** A deterministic pseudo-random generator, so every run builds the same corpus. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function generateCorpus(root, count, contentDir = 'content') {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'articles'), { recursive: true });
  cpSync(path.join(contentDir, 'glossary'), path.join(root, 'glossary'), { recursive: true });
  cpSync(path.join(contentDir, 'references.json'), path.join(root, 'references.json'));
  const refs = loadBibliography(path.join(contentDir, 'references.json')).entries.map((r) => r.id);
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
        body.push(
          `${sentence(14)} <Term id="${pick(terms)}">${pick(WORDS)}</Term> ${sentence(12)} <Cite id="${pick(refs)}" /> ${sentence(10)} See ${link}. ${sentence(16)}`,
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
