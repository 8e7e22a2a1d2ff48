/**
 * The brain map teaches only what its sources say: all six regions are there, with their words in
 * content/widgets/brain-map.yaml, every source is a fully verified bibliography entry, and every number in a
 * finding appears verbatim in that entry's `finding`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { BRAIN_REGION_IDS } from '../../../src/widgets/brain-map/brain-map-data';
import { brainMapSchema, brainRegions } from '../../../src/widgets/brain-map/brain-map-content';
import { parseWidgetContent } from '../../../src/widgets/shared/widget-content';
import { loadBibliography } from '../../../src/lib/bibliography';
import { ROOT } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const references = loadBibliography(path.join(ROOT, 'content/references.json')).entries;
const regions = brainRegions();

describe('brain map data', () => {
  it('has the six regions the article covers, once each, in the order of the data file', () => {
    expect(BRAIN_REGION_IDS).toEqual([
      'amygdala',
      'hippocampus',
      'prefrontal-cortex',
      'anterior-cingulate',
      'insula',
      'caudate',
    ]);
    expect(regions.map((r) => r.id)).toEqual(BRAIN_REGION_IDS);
  });

  it('fails naming the file and the field for an unknown region, and names a missing one', () => {
    const file = path.join(ROOT, 'content/widgets/brain-map.yaml');
    const unknown = stringify({ regions: [{ ...regions[0], id: 'thalamus' }, ...regions.slice(1)] });
    expect(() => parseWidgetContent(file, unknown, brainMapSchema)).toThrow(
      /^content\/widgets\/brain-map\.yaml: regions\.0\.id: Invalid option/,
    );
    const missing = stringify({ regions: regions.slice(1) });
    expect(() => parseWidgetContent(file, missing, brainMapSchema)).toThrow(
      'content/widgets/brain-map.yaml: regions: needs exactly one region with id "amygdala"',
    );
  });

  describe.each(regions.map((r) => [r.id, r] as const))('%s', (_id, region) => {
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
