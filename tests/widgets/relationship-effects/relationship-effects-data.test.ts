/**
 * The chart's numbers are the sources' numbers: every row cites a fully verified bibliography entry,
 * and every figure in the row (effect sizes, interval, study counts) appears verbatim in that entry's
 * `finding`. A confidence interval can only be shown if the finding states it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_EFFECTS } from '../../../src/widgets/relationship-effects/relationship-effects-data';
import { effectView, parseEffect } from '../../../src/widgets/relationship-effects/relationship-effects-logic';
import { loadBibliography } from '../../../src/lib/bibliography';
import { ROOT } from '../../helpers/paths';
import { must } from '../../../src/lib/required';
import { relationshipEffectsContent } from '../../../src/widgets/relationship-effects/relationship-effects-content';

const references = loadBibliography(path.join(ROOT, 'content/references.json')).entries;
const findingOf = (id: string) => references.find((r) => r.id === id)?.finding ?? '';
/** Every number written in a text: ".278", "1,314", "295". */
const numbersIn = (text: string) => text.match(/\d[\d,]*(?:\.\d+)?|\.\d+/g) ?? [];

const words = relationshipEffectsContent();

describe('relationship-effects data', () => {
  it('has one row per element, each with a unique id', () => {
    const ids = RELATIONSHIP_EFFECTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'alliance',
        'empathy',
        'positive-regard',
        'congruence',
        'goal-consensus',
        'collaboration',
        'rupture-repair',
      ]),
    );
  });

  describe.each(RELATIONSHIP_EFFECTS.map((e) => [e.id, e] as const))('%s', (_id, effect) => {
    const finding = findingOf(effect.source);

    it('cites a bibliography entry that exists and is fully verified', () => {
      const reference = references.find((r) => r.id === effect.source);
      expect(reference, `${effect.source} is not in content/references.json`).toBeDefined();
      expect(must(reference).verified).toBe('full');
    });

    it('gives each effect size exactly as the finding states it', () => {
      const { r, d, g } = effect.reported;
      expect(r ?? d ?? g, 'a row needs at least one effect size').toBeDefined();
      if (r) expect(finding).toContain(`r = ${r}`);
      if (d) expect(finding).toContain(`d = ${d}`);
      if (g) expect(finding).toContain(`g = ${g}`);
    });

    it('shows a confidence interval only where the finding gives that interval', () => {
      if (!effect.ciOfR) return;
      expect(finding).toContain(`95% CI [${effect.ciOfR[0]}, ${effect.ciOfR[1]}]`);
      const [low, high, r] = [
        must(parseEffect(effect.ciOfR[0])),
        must(parseEffect(effect.ciOfR[1])),
        must(parseEffect(effect.reported.r)),
      ];
      expect(low).toBeLessThanOrEqual(r);
      expect(r).toBeLessThanOrEqual(high);
    });

    it('takes every other number (studies, people) from the finding too', () => {
      const { evidence, note = '' } = words[effect.id];
      for (const number of numbersIn(`${evidence} ${note}`)) expect(finding).toContain(number);
    });

    it('can be shown on both scales', () => {
      expect(effectView(effect, 'r')).toBeDefined();
      expect(effectView(effect, 'd')).toBeDefined();
    });
  });
});
