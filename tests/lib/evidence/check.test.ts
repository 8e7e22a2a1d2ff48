import { describe, expect, it } from 'vitest';
import { checkFile, formatFileReport } from '../../../src/lib/evidence/check';
import { sourcesById } from '../../helpers/evidence-sources';
import { contentTree } from '../../../src/plugins/compile';

const sources = sourcesById;

function article(frontmatter: string, body: string): string {
  return `---\ntitle: Test\n${frontmatter}\n---\n\n${body}\n`;
}

function check(source: string, glossary = false) {
  return checkFile({ source, tree: contentTree(source, !glossary), sources, glossary });
}

const SUMMARY = 'summary: >-\n  Empathy helps.\n  Across 82 samples it went with better outcomes.';

describe('checkFile: blocks and their citations', () => {
  it('passes figures backed by a source cited in the same block, and in frontmatter by any cited source', () => {
    const source = article(
      `${SUMMARY}\nkeyTakeaways:\n  - About one in five clients drop out.`,
      'Across 82 independent samples, r = .28 <Cite id="elliott2018" />.\n\nAbout one in five clients left early <Cite id="swift2012" />.',
    );
    expect(check(source)).toEqual([]);
  });

  it('fails a figure whose block cites a source that does not report it, naming the line and the cited ids', () => {
    const source = article(
      'summary: Fine.',
      'First paragraph.\n\nEmpathy went with outcome\nat r = .31 <Cite id="elliott2018" />.',
    );
    const problems = check(source);
    expect(problems).toEqual([
      expect.objectContaining({ line: 9, statistic: '.31 (in "r = .31")', where: 'paragraph', cited: ['elliott2018'] }),
    ]);
    expect(formatFileReport('content/articles/x.mdx', problems)).toMatch(
      /content\/articles\/x\.mdx:9 {2}\.31 \(in "r = \.31"\) {2}"Empathy went with outcome at r = \.31\." {2}cited: \[elliott2018\]/,
    );
  });

  it('reads the figures field as well as the finding', () => {
    const backedByFigures = article(
      'summary: Fine.',
      'The review covered more than 83,000 clients <Cite id="swift2012" />.',
    );
    const notInEither = article(
      'summary: Fine.',
      'The review covered more than 84,000 clients <Cite id="swift2012" />.',
    );
    expect(check(backedByFigures)).toEqual([]);
    expect(check(notInEither).map((p) => p.statistic)).toEqual(['84,000 (in "more than 84,000 clients")']);
  });

  it('does not let a citation in one paragraph back a figure in the next', () => {
    const source = article('summary: Fine.', 'Empathy matters <Cite id="elliott2018" />.\n\nIt was 82 samples.');
    expect(check(source).map((p) => p.statistic)).toEqual(['82 (in "82 samples")']);
  });

  it('lets a callout paragraph without citations rely on the callout, but not one with its own', () => {
    const source = article(
      'summary: Fine.',
      '<Callout kind="evidence">\n\nAcross 82 samples the link held.\n\nDropout was 19.7% <Cite id="swift2012" />, with r = .28 in the same paragraph.\n\n<Cite id="elliott2018" />\n\n</Callout>',
    );
    expect(check(source).map((p) => p.statistic)).toEqual(['.28 (in "r = .28")']);
  });

  it('lets list items without citations rely on a lead-in paragraph ending with a colon', () => {
    const withColon = article(
      'summary: Fine.',
      'The meta-analysis found <Cite id="elliott2018" />:\n\n- r = .28;\n- 82 samples.',
    );
    const withoutColon = article(
      'summary: Fine.',
      'The meta-analysis found things <Cite id="elliott2018" />.\n\n- r = .28;\n- 82 samples.',
    );
    expect(check(withColon)).toEqual([]);
    expect(check(withoutColon).map((p) => p.line)).toEqual([8, 9]);
  });

  it('skips example callouts, diagrams, headings, link text and code', () => {
    const source = article(
      'summary: Fine.',
      [
        '## 75% of a heading',
        '<Callout kind="example">\n\nMaya, 34, has had 12 sessions and feels 50% better.\n\n</Callout>',
        '<Diagram title="t" description="d">\n<svg><text>75%</text></svg>\n</Diagram>',
        'See [the 2019 review of 53 studies](/x/) and `r = .99`.',
      ].join('\n\n'),
    );
    expect(check(source)).toEqual([]);
  });

  it('reads counts in a table column headed People as counts of people', () => {
    const source = article(
      'summary: Fine.',
      '| Study | People |\n| --- | --- |\n| Furmark <Cite id="furmark2002" /> | 18 |\n| Furmark again <Cite id="furmark2002" /> | 19 (2 dropped out) |',
    );
    expect(check(source).map((p) => [p.line, p.statistic, p.where])).toEqual([[9, '19 (in "19 people")', 'table row']]);
  });

  it('checks the right quiz option, question and explanation, not the wrong options', () => {
    const source = article(
      [
        'summary: Fine.',
        'quiz:',
        '  - question: How many samples?',
        '    options:',
        '      - 12 samples',
        '      - 82 samples',
        '      - 99 samples',
        '    answer: 1',
        '    explanation: The meta-analysis pooled 83 samples.',
      ].join('\n'),
      'Empathy <Cite id="elliott2018" />.',
    );
    expect(check(source).map((p) => [p.line, p.statistic, p.where])).toEqual([
      [11, '83 (in "83 samples")', 'quiz[0].explanation'],
    ]);
  });

  it('gives the line of a figure inside a folded summary', () => {
    const source = article(
      'summary: >-\n  Empathy helps.\n  Across 81 samples it went with better outcomes.',
      'Text <Cite id="elliott2018" />.',
    );
    expect(check(source).map((p) => [p.line, p.where])).toEqual([[5, 'summary']]);
  });

  it("checks an approach page's typical sessions against their own cite list", () => {
    const source = article(
      'summary: Fine.\napproach:\n  typicalSessions:\n    text: About 20 sessions\n    cite: [howard1986]',
      'Dropout was 19.7% <Cite id="swift2012" />.',
    );
    expect(check(source).map((p) => p.where)).toEqual(['approach.typicalSessions.text']);
  });

  it('checks a glossary entry against its `sources`', () => {
    const entry =
      '---\nterm: Dropout\nshort: Leaving therapy early.\nsources: [swift2012]\n---\n\nAbout one in five clients drop out; 30% do not return.\n';
    expect(check(entry, true).map((p) => p.statistic)).toEqual(['30 (in "30%")']);
  });
});

describe('checkFile: <Derived>', () => {
  it('skips the derived figure and accepts valid from and how', () => {
    const source = article(
      'summary: Fine.',
      'About half improved by session 8 <Cite id="howard1986" />, and <Derived from="howard1986" how="read off the fitted curve at 13 sessions">about 60%</Derived> by session 13.',
    );
    // "session 13" is a figure of its own: the sentence must still back it.
    expect(check(source).map((p) => p.statistic)).toEqual(['13 (in "by session 13")']);
  });

  it('names a missing how, an unknown id and an id the article does not cite', () => {
    const source = article(
      'summary: Fine.',
      'Text <Cite id="howard1986" />.\n\n<Derived from="nobody2099 swift2012">about 60%</Derived> and <Derived how="x">1</Derived>.',
    );
    expect(check(source).map((p) => p.reason)).toEqual([
      expect.stringMatching(/from="nobody2099": no such entry/),
      expect.stringMatching(/from="swift2012": the article does not cite it/),
      expect.stringMatching(/needs how=/),
      expect.stringMatching(/needs from=/),
    ]);
  });
});
