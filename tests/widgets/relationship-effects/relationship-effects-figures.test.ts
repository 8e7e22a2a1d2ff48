/**
 * The numbers rule for the relationship chart: every figure in a row (effect sizes, interval, studies,
 * people) is backed by the `finding` or `figures` of the source the row cites, by the same rule the build
 * applies to articles (src/lib/evidence/).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStatistics, readEvidenceSources, unbackedStatistics } from '../../../src/lib/evidence/index';
import { RELATIONSHIP_EFFECTS } from '../../../src/widgets/relationship-effects/relationship-effects-data';
import { ROOT } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const sources = readEvidenceSources(path.join(ROOT, 'content'));

/** A row as an article would state it: "r = .29, d = .61, 95% CI [.24, .34], 53 studies, 5,286 clients". */
function statement(effect: (typeof RELATIONSHIP_EFFECTS)[number]): string {
  const { r, d, g } = effect.reported;
  return [
    r && `r = ${r}`,
    d && `d = ${d}`,
    g && `g = ${g}`,
    effect.ciOfR && `95% CI [${effect.ciOfR[0]}, ${effect.ciOfR[1]}]`,
    effect.evidence,
    effect.note,
  ]
    .filter(Boolean)
    .join(', ');
}

describe.each(RELATIONSHIP_EFFECTS.map((e) => [e.id, e] as const))('relationship chart row %s', (_id, effect) => {
  const text = statement(effect);

  it('states every number as a statistic the rule can check', () => {
    const numbers = text.replace(/95% CI/g, 'CI').match(/\d[\d,]*(?:\.\d+)?|\.\d+/g) ?? [];
    expect(extractStatistics(text).map((s) => s.written)).toEqual(numbers);
  });

  it(`is backed by ${effect.source}`, () => {
    const source = sources.get(effect.source);
    expect(source, `${effect.source} is not in content/references.json`).toBeDefined();
    expect(unbackedStatistics(text, [must(source)]).map((s) => s.text)).toEqual([]);
  });
});
