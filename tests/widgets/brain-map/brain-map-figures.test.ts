/**
 * The numbers rule for the brain map: in every language's words (content/widgets/brain-map.yaml and its
 * translations), every figure in a region's findings is backed by the `finding` or `figures` of the source
 * that finding cites, by the same rule the build applies to articles (src/lib/evidence/). A translation cites
 * the same source for each finding as the English, and states the same figures.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvidenceSources, unbackedStatistics } from '../../../src/lib/evidence/index';
import { brainRegions } from '../../../src/widgets/brain-map/brain-map-content';
import { widgetContentFile } from '../../../src/widgets/shared/widget-content';
import { DEFAULT_LANG, LANGUAGE_CODES } from '../../../src/i18n/languages.mjs';
import { ROOT } from '../../helpers/paths';
import { figuresIn } from '../../helpers/figures';
import { must } from '../../../src/lib/required';

const sources = readEvidenceSources(path.join(ROOT, 'content'));
/** The languages the brain map's words are written in (English always; a translation once its file exists). */
const languages = LANGUAGE_CODES.filter((lang) => existsSync(widgetContentFile('brain-map', lang)));
const findingsIn = (lang: (typeof languages)[number]) =>
  brainRegions(lang).flatMap((region) =>
    region.findings.map((finding, i) => [`${region.id} #${i + 1} (${finding.source})`, finding] as const),
  );
const english = findingsIn(DEFAULT_LANG);

describe.each(languages)('brain map findings in %s', (lang) => {
  const findings = findingsIn(lang);

  it('include some figures, so the rule has something to check', () => {
    expect(findings.some(([, f]) => /\d/.test(f.text))).toBe(true);
  });

  it.each(findings)('%s: every figure is backed by its source', (_name, { text, source }) => {
    const entry = sources.get(source);
    expect(entry, `${source} is not in content/references.json`).toBeDefined();
    expect(unbackedStatistics(text, [must(entry)], lang).map((s) => s.text)).toEqual([]);
  });
});

describe.each(languages.filter((lang) => lang !== DEFAULT_LANG))('brain map findings translated into %s', (lang) => {
  const findings = findingsIn(lang);

  it('cite the same source for each finding as the English', () => {
    expect(findings.map(([name]) => name)).toEqual(english.map(([name]) => name));
  });

  it.each(findings.map(([name, finding], i) => [name, finding, english[i]?.[1]] as const))(
    '%s states the same figures as the English',
    (_name, finding, original) => {
      expect(figuresIn(finding.text, lang)).toEqual(figuresIn(must(original).text, DEFAULT_LANG));
    },
  );
});
