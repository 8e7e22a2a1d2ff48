/**
 * The numbers rule for the dose-effect explorer: the two published points its curve is fitted to are
 * backed by howard1986's `finding` or `figures`, by the same rule the build applies to articles
 * (src/lib/evidence/). Every other point on the curve is derived from these two, and the widget says so.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStatistics, readEvidenceSources, unbackedStatistics } from '../../../src/lib/evidence/index';
import { PUBLISHED_POINTS } from '../../../src/widgets/dose-effect/dose-effect-logic';
import { ROOT } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const howard = readEvidenceSources(path.join(ROOT, 'content')).get('howard1986');

describe.each(PUBLISHED_POINTS.map((p) => [`${p.percent}% by session ${p.sessions}`, p] as const))(
  'published point %s',
  (text) => {
    it('is read as two statistics, the share and the session', () => {
      expect(extractStatistics(text)).toHaveLength(2);
    });
    it('is backed by howard1986', () => {
      expect(howard, 'howard1986 is not in content/references.json').toBeDefined();
      expect(unbackedStatistics(text, [must(howard)]).map((s) => s.text)).toEqual([]);
    });
  },
);
