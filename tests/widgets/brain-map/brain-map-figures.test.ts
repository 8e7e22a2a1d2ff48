/**
 * The numbers rule for the brain map: every figure in a region's findings is backed by the `finding` or
 * `figures` of the source it cites, by the same rule the build applies to articles (src/lib/evidence/).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvidenceSources, unbackedStatistics } from '../../../src/lib/evidence/index';
import { BRAIN_REGIONS } from '../../../src/widgets/brain-map/brain-map-data';
import { ROOT } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const sources = readEvidenceSources(path.join(ROOT, 'content'));
const findings = BRAIN_REGIONS.flatMap((region) =>
  region.findings.map((finding, i) => [`${region.id} #${i + 1} (${finding.source})`, finding] as const),
);

describe('brain map findings', () => {
  it('include some figures, so the rule has something to check', () => {
    expect(findings.some(([, f]) => /\d/.test(f.text))).toBe(true);
  });

  it.each(findings)('%s: every figure is backed by its source', (_name, { text, source }) => {
    const entry = sources.get(source);
    expect(entry, `${source} is not in content/references.json`).toBeDefined();
    expect(unbackedStatistics(text, [must(entry)]).map((s) => s.text)).toEqual([]);
  });
});
