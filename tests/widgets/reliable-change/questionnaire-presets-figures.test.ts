/**
 * The numbers rule for the reliable change calculator's presets: each preset's SD and reliability, and
 * every number in its note, are backed by the `finding` or `figures` of its source, by the same rule the
 * build applies to articles (src/lib/evidence/). A translated note states the same figures as the English.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStatistics, readEvidenceSources, unbackedStatistics } from '../../../src/lib/evidence/index';
import { PRESETS } from '../../../src/widgets/reliable-change/questionnaire-presets';
import { ROOT } from '../../helpers/paths';
import { figuresIn } from '../../helpers/figures';
import { LANGUAGE_CODES } from '../../../src/i18n/languages.mjs';
import { must } from '../../../src/lib/required';

const sources = readEvidenceSources(path.join(ROOT, 'content'));

describe.each(PRESETS.map((p) => [p.id, p] as const))('preset %s', (_id, preset) => {
  const values = `SD = ${preset.sd.toFixed(1)}, reliability of ${preset.reliability.toFixed(2)}`;

  it('states its SD and reliability as statistics the rule can check', () => {
    expect(extractStatistics(values)).toHaveLength(2);
  });

  it(`is backed by ${preset.sourceId}`, () => {
    const source = sources.get(preset.sourceId);
    expect(source, `${preset.sourceId} is not in content/references.json`).toBeDefined();
    expect(unbackedStatistics(`${values}. ${preset.note.en}`, [must(source)]).map((s) => s.text)).toEqual([]);
  });

  it.each(LANGUAGE_CODES.filter((lang) => lang !== 'en'))('states the same figures in its %s note', (lang) => {
    expect(figuresIn(preset.note[lang], lang)).toEqual(figuresIn(preset.note.en, 'en'));
    expect(figuresIn(preset.note.en, 'en')).toContain(preset.reliability);
  });
});
