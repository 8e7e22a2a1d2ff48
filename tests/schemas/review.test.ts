import { describe, expect, it } from 'vitest';
import { CHANGE_KIND_IDS, reviewSchema } from '../../src/schemas/review';

const known = new Set(['eubanks2018', 'fluckiger2018']);
const change = {
  kind: 'causal-overreach',
  where: 'What the evidence says: Ruptures',
  before: 'repaired ruptures went with better outcomes than no ruptures at all',
  after: 'repaired ruptures went with better outcomes than unrepaired ones',
  why: 'The meta-analysis compared repaired with unrepaired ruptures only.',
  source: 'eubanks2018',
};
const valid = {
  article: 'what-heals/therapeutic-alliance',
  reviewed: '2026-12-04',
  reader: 'Independent second reader',
  sourcesChecked: ['eubanks2018', 'fluckiger2018'],
  changes: [change],
};
const issues = (data: unknown) => {
  const result = reviewSchema(known).safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('review schema', () => {
  it('accepts a review with changes, and one with none', () => {
    expect(issues(valid)).toEqual([]);
    expect(issues({ ...valid, changes: [] })).toEqual([]);
  });
  it('has exactly the ten kinds of change of the review checklist', () => {
    expect(CHANGE_KIND_IDS).toEqual([
      'population-mismatch',
      'causal-overreach',
      'stale-superlative',
      'theory-as-finding',
      'nonsignificant-misread',
      'missing-context',
      'outdated-evidence',
      'uncited-claim',
      'unbacked-number',
      'wording',
    ]);
    expect(issues({ ...valid, changes: [{ ...change, kind: 'typo' }] })[0]).toMatch(/^changes\.0\.kind: /);
  });
  it('names an unknown source, in sourcesChecked and in a change (space-separated ids)', () => {
    expect(
      issues({
        ...valid,
        sourcesChecked: ['eubanks2018', 'nobody2099'],
        changes: [{ ...change, source: 'eubanks2018 x1' }],
      }),
    ).toEqual([
      'sourcesChecked.1: unknown source "nobody2099" (not in references.json)',
      'changes.0.source: unknown source "x1" (not in references.json)',
    ]);
  });
  it('needs the date, and rejects a misspelt field', () => {
    const { reviewed: _r, ...undated } = valid;
    expect(issues(undated)[0]).toMatch(/^reviewed: /);
    expect(issues({ ...valid, changes: [{ ...change, becuase: 'x' }] })[0]).toMatch(/becuase/);
  });
});
