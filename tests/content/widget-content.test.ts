/**
 * The widgets' words (content/widgets/*.yaml, and content/<lang>/widgets/*.yaml for a translation) under the
 * same rules as articles: every file has a schema and passes it, the reader-facing text reads as plainly as
 * an article's summary must (school grade 9 in English, "bastante fácil" on the INFLESZ scale in Spanish),
 * links go to pages that exist, and every statistic in text that states a fact passes the numbers rule
 * (src/lib/evidence) against the file's fully verified `sources`. Fictional scenes are not claims.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGUAGE_CODES, type Lang } from '../../src/i18n/languages.mjs';
import { unbackedStatistics, readEvidenceSources } from '../../src/lib/evidence';
import { inflesz, readingGrade } from '../../src/lib/reading-level';
import { loadBibliography } from '../../src/lib/bibliography';
import { brainRegions } from '../../src/widgets/brain-map/brain-map-content';
import { empathicResponsesContent } from '../../src/widgets/empathic-responses/empathic-responses-content';
import { lifeStagesContent } from '../../src/widgets/life-stages/life-stages-content';
import { relationshipEffectsContent } from '../../src/widgets/relationship-effects/relationship-effects-content';
import { RELATIONSHIP_EFFECTS } from '../../src/widgets/relationship-effects/relationship-effects-data';
import { PRESETS } from '../../src/widgets/reliable-change/questionnaire-presets';
import { presetWords } from '../../src/widgets/reliable-change/reliable-change-content';
import { spotTheFactorContent } from '../../src/widgets/spot-the-factor/spot-the-factor-content';
import { thinkingTrapsContent } from '../../src/widgets/thinking-traps/thinking-traps-content';
import { worksheetSteps } from '../../src/widgets/thought-record/thought-record-content';
import { windowOfToleranceContent } from '../../src/widgets/window-of-tolerance/window-of-tolerance-content';
import { ROOT } from '../helpers/paths';

const CONTENT = path.join(ROOT, 'content');

/**
 * A piece of reader-facing text: where it is, whether it states facts (so a figure in it needs a source),
 * and whether it is a label or table cell rather than a sentence (graded as a sentence of its own).
 */
interface Text {
  where: string;
  text: string;
  claim: boolean;
  fragment?: boolean;
}

/** Each widget's words as the reader meets them; fictional scenes and names are not claims. */
const WIDGETS: Record<string, (lang: Lang) => { texts: Text[]; sources?: string[]; pages?: string[] }> = {
  'thinking-traps': () => {
    const c = thinkingTrapsContent();
    return {
      sources: c.sources,
      texts: c.items.flatMap((it) => [
        { where: `items.${it.id}.who`, text: it.who, claim: false },
        { where: `items.${it.id}.thought`, text: it.thought, claim: false },
        { where: `items.${it.id}.why`, text: it.why, claim: true },
        { where: `items.${it.id}.balanced`, text: it.balanced, claim: false },
      ]),
    };
  },
  'empathic-responses': () => {
    const c = empathicResponsesContent();
    return {
      sources: c.sources,
      texts: c.statements.flatMap((s) => [
        { where: `statements.${s.id}.statement`, text: s.statement, claim: false },
        ...s.replies.flatMap((r, j) => [
          { where: `statements.${s.id}.replies.${j}.text`, text: r.text, claim: false },
          { where: `statements.${s.id}.replies.${j}.feedback`, text: r.feedback, claim: true },
        ]),
      ]),
    };
  },
  'life-stages': () => {
    const c = lifeStagesContent();
    return {
      sources: c.sources,
      texts: c.stages.flatMap((s) => [
        { where: `stages.${s.task}.ages`, text: s.ages, claim: true },
        { where: `stages.${s.task}.about`, text: s.about, claim: true },
        { where: `stages.${s.task}.inTherapy`, text: s.inTherapy, claim: false },
        ...(s.siteNote ? [{ where: `stages.${s.task}.siteNote`, text: s.siteNote, claim: true }] : []),
      ]),
    };
  },
  'window-of-tolerance': () => {
    const c = windowOfToleranceContent();
    return {
      sources: c.sources,
      texts: c.zones.flatMap((z) =>
        [...z.feels, ...z.skills].map((text, i) => ({ where: `zones.${z.id}.${i}`, text, claim: true })),
      ),
    };
  },
  'spot-the-factor': (lang) => {
    const c = spotTheFactorContent(lang);
    return {
      sources: c.sources,
      pages: c.factors.map((f) => f.page),
      texts: [
        ...c.factors.map((f) => ({ where: `factors.${f.id}.lookFor`, text: f.lookFor, claim: true })),
        ...c.excerpts.flatMap((e) => [
          { where: `excerpts.${e.id}.setting`, text: e.setting, claim: false },
          ...e.lines.flatMap((l) => [
            { where: `lines.${l.id}.text`, text: l.text, claim: false },
            { where: `lines.${l.id}.explanation`, text: l.explanation, claim: true },
          ]),
        ]),
      ],
    };
  },
  'reliable-change': (lang) => ({
    // Each preset's figures are checked against its own source in tests/widgets/reliable-change/.
    sources: [...new Set(PRESETS.map((p) => p.sourceId))],
    texts: Object.values(presetWords(lang)).flatMap((p) => [
      { where: `presets.${p.id}.name`, text: p.name, claim: false, fragment: true },
      { where: `presets.${p.id}.note`, text: p.note, claim: true },
    ]),
  }),
  'relationship-effects': (lang) => ({
    // Each row's figures are checked against its own source in tests/widgets/relationship-effects/.
    sources: [...new Set(RELATIONSHIP_EFFECTS.map((e) => e.source))],
    texts: Object.values(relationshipEffectsContent(lang)).flatMap((row) => [
      { where: `rows.${row.id}.element`, text: row.element, claim: false, fragment: true },
      { where: `rows.${row.id}.evidence`, text: row.evidence, claim: true, fragment: true },
      ...(row.note ? [{ where: `rows.${row.id}.note`, text: row.note, claim: true, fragment: true }] : []),
    ]),
  }),
  'brain-map': (lang) => {
    const regions = brainRegions(lang);
    return {
      // Each finding's figures are checked against its own source in tests/widgets/brain-map/.
      sources: [...new Set(regions.flatMap((r) => [r.aboutSource ?? [], r.findings.map((f) => f.source)].flat()))],
      texts: regions.flatMap((r) => [
        { where: `regions.${r.id}.name`, text: r.name, claim: false, fragment: true },
        { where: `regions.${r.id}.about`, text: r.about, claim: true },
        ...r.findings.map((f, i) => ({ where: `regions.${r.id}.findings.${i}.text`, text: f.text, claim: true })),
        ...(r.caution ? [{ where: `regions.${r.id}.caution`, text: r.caution, claim: true }] : []),
      ]),
    };
  },
  'thought-record': () => ({
    // Instructions: the only numbers are the ends of the 0-100 rating scale.
    texts: worksheetSteps().map((s) => ({ where: `steps.${s.field}.help`, text: s.help, claim: false })),
  }),
};

const references = loadBibliography(path.join(CONTENT, 'references.json')).byId;
const evidenceSources = readEvidenceSources(CONTENT);
/** Every article's URL path in a language, from its files ("what-heals/index.mdx" is "/what-heals/"). */
const articlePathsIn = (lang: Lang) => {
  const prefix = lang === DEFAULT_LANG ? '' : `/${lang}`;
  const folder = lang === DEFAULT_LANG ? path.join(CONTENT, 'articles') : path.join(CONTENT, lang, 'articles');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `${prefix}/${file.split(path.sep).join('/').replace(/\.mdx$/, '').replace(/\/?index$/, '')}/`);
};
/** A page a widget may link to: an article in any language (a translation may link to an English page). */
const linkable = new Set(LANGUAGE_CODES.flatMap(articlePathsIn));
const widgetFolder = (lang: Lang) =>
  lang === DEFAULT_LANG ? path.join(CONTENT, 'widgets') : path.join(CONTENT, lang, 'widgets');
const filesIn = (lang: Lang) =>
  existsSync(widgetFolder(lang)) ? readdirSync(widgetFolder(lang)).map((f) => f.replace(/\.yaml$/, '')) : [];

/** As plain as an article's summary must be, by each language's own measure: a grade at most, or a score at least. */
const PLAIN: Record<Lang, { measure: string; score: (text: string) => number; limit: number; atMost: boolean }> = {
  en: { measure: 'school grade (Flesch-Kincaid), at most', score: readingGrade, limit: 9, atMost: true },
  es: { measure: 'INFLESZ score ("bastante fácil"), at least', score: inflesz, limit: 65, atMost: false },
};

/** A file's texts scored as one passage, a label or cell as a sentence of its own. */
const plainness = (texts: Text[], lang: Lang) =>
  PLAIN[lang].score(texts.map((t) => (t.fragment ? `${t.text}.` : t.text)).join(' '));
const within = (lang: Lang, score: number, limit: number) => (PLAIN[lang].atMost ? score <= limit : score >= limit);

describe('the widgets’ words', () => {
  it('every file in content/widgets/ has a schema and a loader here', () => {
    expect(filesIn(DEFAULT_LANG).sort()).toEqual(Object.keys(WIDGETS).sort());
  });

  it.each(LANGUAGE_CODES.filter((lang) => lang !== DEFAULT_LANG))(
    'every translated file (content/%s/widgets/) translates an English one',
    (lang) => {
      expect(filesIn(lang).filter((name) => !(name in WIDGETS))).toEqual([]);
    },
  );

  const files = LANGUAGE_CODES.flatMap((lang) =>
    filesIn(lang)
      .filter((name) => name in WIDGETS)
      .map((name) => [`${path.relative(ROOT, widgetFolder(lang))}/${name}.yaml`, lang, name] as const),
  );

  describe.each(files)('%s', (_file, lang, name) => {
    const { texts, sources = [], pages = [] } = WIDGETS[name](lang);
    const { measure, limit } = PLAIN[lang];

    it(`reads as plainly as an article's summary`, () => {
      expect(texts.length).toBeGreaterThan(0);
      const score = plainness(texts, lang);
      expect(within(lang, score, limit), `${measure} ${limit}: this file scores ${score.toFixed(1)}`).toBe(true);
    });

    it('backs every statistic in a claim with a fully verified source it lists (the numbers rule)', () => {
      for (const id of sources) expect(references.get(id)?.verified, `sources: ${id}`).toBe('full');
      const cited = sources.flatMap((id) => evidenceSources.get(id) ?? []);
      const unbacked = texts
        .filter((t) => t.claim)
        .flatMap((t) => unbackedStatistics(t.text, cited, lang).map((stat) => `${t.where}: ${stat.text}`));
      expect(unbacked).toEqual([]);
    });

    it('links only to articles that exist', () => {
      expect(pages.filter((page) => !linkable.has(page))).toEqual([]);
    });
  });
});
