/**
 * The numbers rule for the reliable change calculator's presets: each preset's SD and reliability, and
 * every number in its note in every language (content/widgets/reliable-change.yaml and its translations),
 * are backed by the `finding` or `figures` of its source, by the same rule the build applies to articles
 * (src/lib/evidence/). A translated note states the same figures as the English.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStatistics, readEvidenceSources, unbackedStatistics } from '../../../src/lib/evidence/index';
import { PRESETS } from '../../../src/widgets/reliable-change/questionnaire-presets';
import { presetWords } from '../../../src/widgets/reliable-change/reliable-change-content';
import { ROOT } from '../../helpers/paths';
import { figuresIn } from '../../helpers/figures';
import { DEFAULT_LANG, LANGUAGE_CODES } from '../../../src/i18n/languages.mjs';
import { must } from '../../../src/lib/required';

const sources = readEvidenceSources(path.join(ROOT, 'content'));
const english = presetWords(DEFAULT_LANG);

describe.each(PRESETS.map((p) => [p.id, p] as const))('preset %s', (_id, preset) => {
  const values = `SD = ${preset.sd.toFixed(1)}, reliability of ${preset.reliability.toFixed(2)}`;
  const source = () => {
    const entry = sources.get(preset.sourceId);
    expect(entry, `${preset.sourceId} is not in content/references.json`).toBeDefined();
    return must(entry);
  };

  it('states its SD and reliability as statistics the rule can check', () => {
    expect(extractStatistics(values)).toHaveLength(2);
  });

  it(`has its SD and reliability backed by ${preset.sourceId}`, () => {
    expect(unbackedStatistics(values, [source()]).map((s) => s.text)).toEqual([]);
  });

  it.each(LANGUAGE_CODES)(`has every figure of its %s note backed by ${preset.sourceId}`, (lang) => {
    const { note } = presetWords(lang)[preset.id];
    expect(extractStatistics(note, lang).length, `no statistic found in: ${note}`).toBeGreaterThan(0);
    expect(unbackedStatistics(note, [source()], lang).map((s) => s.text)).toEqual([]);
  });

  it('states its reliability in the English note', () => {
    expect(figuresIn(english[preset.id].note, DEFAULT_LANG)).toContain(preset.reliability);
  });

  it.each(LANGUAGE_CODES.filter((lang) => lang !== DEFAULT_LANG))('states the same figures in its %s note', (lang) => {
    expect(figuresIn(presetWords(lang)[preset.id].note, lang)).toEqual(
      figuresIn(english[preset.id].note, DEFAULT_LANG),
    );
  });
});
