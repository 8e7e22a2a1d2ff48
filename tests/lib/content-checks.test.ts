/** The whole-site content rules, in-process: an idle bibliography entry and an unused glossary entry. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBibliography } from '../../src/lib/bibliography';
import {
  bibliographyUseProblems,
  citationProblems,
  citedSources,
  failOnProblems,
  glossaryUseProblems,
} from '../../src/lib/content-checks';
import { ROOT } from '../helpers/paths';

const bibliography = loadBibliography(path.join(ROOT, 'tests/fixtures/content/valid/references.json'));
const ids = bibliography.entries.map((e) => e.id);

describe('every bibliography entry is used', () => {
  it('passes when every entry is cited', () => {
    expect(bibliographyUseProblems(bibliography, new Set(ids))).toEqual([]);
  });
  it('names the file, the uncited entry and the fix', () => {
    expect(bibliographyUseProblems(bibliography, new Set(ids.filter((id) => id !== 'stulz2013')))).toEqual([
      'tests/fixtures/content/valid/references.json: entry "stulz2013": not cited by any article or glossary entry. ' +
        'Cite it, delete the entry, or mark it "background": true if it is background reading.',
    ]);
  });
  it('counts an entry cited only by a glossary entry as cited', () => {
    const cited = citedSources(
      ids.filter((id) => id !== 'stulz2013'),
      [{ data: {} }, { data: { sources: ['stulz2013'] } }],
    );
    expect(bibliographyUseProblems(bibliography, cited)).toEqual([]);
  });
  it('lets an entry marked background stay uncited', () => {
    const withBackground = {
      ...bibliography,
      entries: bibliography.entries.map((e) => (e.id === 'stulz2013' ? { ...e, background: true } : e)),
    };
    expect(bibliographyUseProblems(withBackground, new Set(ids.filter((id) => id !== 'stulz2013')))).toEqual([]);
  });
});

describe('every citation is of a fully verified entry, against the bibliography as it is now', () => {
  it('names the citing file, the id and the fix', () => {
    const partly = {
      ...bibliography,
      byId: new Map(
        [...bibliography.byId].map(([id, e]) => [id, id === 'stulz2013' ? { ...e, verified: 'partial' as const } : e]),
      ),
    };
    expect(
      citationProblems(partly, [
        { file: 'content/articles/change-over-time/dose-effect.mdx', ids: ['howard1986', 'stulz2013'] },
        { file: 'content/glossary/empathy.md', ids: ['nobody2099'] },
      ]),
    ).toEqual([
      'content/articles/change-over-time/dose-effect.mdx: cites "stulz2013": "stulz2013" is "verified": "partial" in ' +
        'tests/fixtures/content/valid/references.json, and only fully verified sources may be cited. Cite a verified ' +
        'source instead, or confirm every detail of "stulz2013" on the public record and set "verified": "full".',
      'content/glossary/empathy.md: cites "nobody2099": unknown citation key "nobody2099" (not in ' +
        'tests/fixtures/content/valid/references.json)',
    ]);
    expect(citationProblems(bibliography, [{ file: 'a.mdx', ids }])).toEqual([]);
  });
});

describe('every glossary entry is used', () => {
  const entries = [
    { id: 'empathy', filePath: 'content/glossary/empathy.md' },
    { id: 'dose-effect', filePath: 'content/glossary/dose-effect.md' },
  ];
  it('names the file of an entry no article uses, and the fix', () => {
    expect(glossaryUseProblems(entries, new Set(['empathy']))).toEqual([
      'content/glossary/dose-effect.md: no article uses this term. Use it in an article with ' +
        '<Term id="dose-effect">...</Term>, or delete the entry.',
    ]);
    expect(glossaryUseProblems(entries, new Set(['empathy', 'dose-effect']))).toEqual([]);
  });
});

describe('failOnProblems', () => {
  it('throws one error listing every problem, and nothing when there is none', () => {
    expect(() => failOnProblems(['a: one', 'b: two'])).toThrow('Content errors:\n  a: one\n  b: two');
    expect(() => failOnProblems([])).not.toThrow();
  });
});
