import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../src/schemas/glossary';

const sources = new Map([
  ['elliott2018', { verified: 'full' as const }],
  ['someone2020', { verified: 'partial' as const }],
]);
const valid = {
  term: 'Empathy',
  short: "Understanding another person's feelings from their point of view.",
};
const issues = (data: unknown) => {
  const result = glossarySchema(sources).safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('glossary schema', () => {
  it('accepts an entry without sources, and one citing fully verified sources', () => {
    expect(issues(valid)).toEqual([]);
    expect(issues({ ...valid, sources: ['elliott2018'] })).toEqual([]);
  });
  it('names an unknown source', () => {
    expect(issues({ ...valid, sources: ['nobody2099'] })).toEqual([
      'sources: unknown citation key "nobody2099" (not in references.json)',
    ]);
  });
  it('rejects a source that is not fully verified, saying how to fix it', () => {
    expect(issues({ ...valid, sources: ['someone2020'] })[0]).toMatch(
      /^sources: "someone2020" is "verified": "partial" in references\.json, .* set "verified": "full"\.$/,
    );
  });
});
