/**
 * The numbers rule for the relationship chart: every figure in a row (effect sizes, interval, studies,
 * people) is backed by the `finding` or `figures` of the source the row cites, by the same rule the build
 * applies to articles (src/lib/evidence/). Each translation of the rows' words states the same figures.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStatistics, readEvidenceSources, unbackedStatistics } from '../../../src/lib/evidence/index';
import { RELATIONSHIP_EFFECTS } from '../../../src/widgets/relationship-effects/relationship-effects-data';
import { ROOT } from '../../helpers/paths';
import { must } from '../../../src/lib/required';
import { relationshipEffectsContent } from '../../../src/widgets/relationship-effects/relationship-effects-content';
import { LANGUAGE_CODES } from '../../../src/i18n/languages.mjs';
import { figuresIn } from '../../helpers/figures';

const sources = readEvidenceSources(path.join(ROOT, 'content'));
const words = relationshipEffectsContent();

/** A row as an article would state it: "r = .29, d = .61, 95% CI [.24, .34], 53 studies, 5,286 clients". */
function statement(effect: (typeof RELATIONSHIP_EFFECTS)[number]): string {
  const { r, d, g } = effect.reported;
  return [
    r && `r = ${r}`,
    d && `d = ${d}`,
    g && `g = ${g}`,
    effect.ciOfR && `95% CI [${effect.ciOfR[0]}, ${effect.ciOfR[1]}]`,
    words[effect.id].evidence,
    words[effect.id].note,
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

describe.each(LANGUAGE_CODES.filter((lang) => lang !== 'en'))('relationship chart rows in %s', (lang) => {
  const translation = relationshipEffectsContent(lang);

  it.each(RELATIONSHIP_EFFECTS.map((e) => e.id))('%s states the same figures as the English', (id) => {
    const figures = (row: (typeof words)[string], language: typeof lang | 'en') =>
      figuresIn(`${row.evidence} ${row.note ?? ''}`, language);
    expect(figures(translation[id], lang)).toEqual(figures(words[id], 'en'));
  });
});
