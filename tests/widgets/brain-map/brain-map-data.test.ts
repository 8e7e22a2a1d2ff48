/**
 * The brain map teaches only what its sources say: all six regions are there, every source is a
 * fully verified bibliography entry, and every number in a finding appears in that entry's `finding`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRAIN_REGIONS } from '../../../src/widgets/brain-map/brain-map-data';
import { ROOT } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const references: { id: string; verified: string; finding: string }[] = JSON.parse(
  readFileSync(path.join(ROOT, 'content/references.json'), 'utf8'),
);

describe('brain map data', () => {
  it('has the six regions the article covers, once each', () => {
    expect(BRAIN_REGIONS.map((r) => r.id)).toEqual([
      'amygdala',
      'hippocampus',
      'prefrontal-cortex',
      'anterior-cingulate',
      'insula',
      'caudate',
    ]);
  });

  describe.each(BRAIN_REGIONS.map((r) => [r.id, r] as const))('%s', (_id, region) => {
    it('says what the region does and what therapy studies found', () => {
      expect(region.name.length).toBeGreaterThan(0);
      expect(region.about.length).toBeGreaterThan(80);
      expect(region.findings.length).toBeGreaterThan(0);
    });

    it('cites only fully verified entries of content/references.json', () => {
      for (const id of [region.aboutSource, ...region.findings.map((f) => f.source)].filter(Boolean)) {
        const reference = references.find((r) => r.id === id);
        expect(reference, `${id} is not in content/references.json`).toBeDefined();
        expect(must(reference).verified, id).toBe('full');
      }
    });

    it('states numbers only as the cited finding does', () => {
      for (const { text, source } of region.findings) {
        const finding = must(references.find((r) => r.id === source)).finding;
        for (const number of text.match(/\d[\d,.]*\d|\d/g) ?? [])
          expect(finding, `"${number}" in: ${text}`).toContain(number);
      }
    });
  });
});
