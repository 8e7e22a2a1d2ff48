/**
 * The widgets' words (content/widgets/*.yaml) under the same rules as articles: every file has a schema
 * and passes it, the reader-facing text reads at school grade 9 or below, links go to pages that exist,
 * and any figure in text that states a fact is backed by a fully verified source in the file's `sources`.
 * (Ages of fictional people and the 0-100 rating scale are not figures that need a source.)
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingGrade } from '../../src/lib/reading-level';
import { loadBibliography } from '../../src/lib/bibliography';
import { empathicResponsesContent } from '../../src/widgets/empathic-responses/empathic-responses-content';
import { lifeStagesContent } from '../../src/widgets/life-stages/life-stages-content';
import { relationshipEffectsContent } from '../../src/widgets/relationship-effects/relationship-effects-content';
import { RELATIONSHIP_EFFECTS } from '../../src/widgets/relationship-effects/relationship-effects-data';
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
const WIDGETS: Record<string, () => { texts: Text[]; sources?: string[]; pages?: string[] }> = {
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
  'spot-the-factor': () => {
    const c = spotTheFactorContent();
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
  'relationship-effects': () => ({
    // Each row's figures are checked against its own source in tests/widgets/relationship-effects/.
    sources: [...new Set(RELATIONSHIP_EFFECTS.map((e) => e.source))],
    texts: Object.values(relationshipEffectsContent()).flatMap((row) => [
      { where: `rows.${row.id}.element`, text: row.element, claim: false, fragment: true },
      { where: `rows.${row.id}.evidence`, text: row.evidence, claim: true, fragment: true },
      ...(row.note ? [{ where: `rows.${row.id}.note`, text: row.note, claim: true, fragment: true }] : []),
    ]),
  }),
  'thought-record': () => ({
    // Instructions: the only numbers are the ends of the 0-100 rating scale.
    texts: worksheetSteps().map((s) => ({ where: `steps.${s.field}.help`, text: s.help, claim: false })),
  }),
};

const references = loadBibliography(path.join(CONTENT, 'references.json')).byId;
/** Every article's URL path, from the files under content/articles/ ("what-heals/index.mdx" is "/what-heals/"). */
const articlePaths = new Set(
  readdirSync(path.join(CONTENT, 'articles'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `/${file.split(path.sep).join('/').replace(/\.mdx$/, '').replace(/\/?index$/, '')}/`),
);

describe('the widgets’ words', () => {
  it('every file in content/widgets/ has a schema and a loader here', () => {
    const files = readdirSync(path.join(CONTENT, 'widgets')).map((f) => f.replace(/\.yaml$/, ''));
    expect(files.sort()).toEqual(Object.keys(WIDGETS).sort());
  });

  describe.each(Object.entries(WIDGETS))('content/widgets/%s.yaml', (_name, read) => {
    const { texts, sources = [], pages = [] } = read();

    it('reads at school grade 9 or below', () => {
      expect(texts.length).toBeGreaterThan(0);
      expect(readingGrade(texts.map((t) => (t.fragment ? `${t.text}.` : t.text)).join(' '))).toBeLessThanOrEqual(9);
    });

    it('backs every figure in a claim with a fully verified source', () => {
      const unbacked = texts.filter((t) => t.claim && /\d/.test(t.text)).map((t) => t.where);
      if (sources.length === 0) expect(unbacked, 'text with a figure needs `sources:` in the file').toEqual([]);
      for (const id of sources) expect(references.get(id)?.verified, `sources: ${id}`).toBe('full');
    });

    it('links only to articles that exist', () => {
      expect(pages.filter((page) => !articlePaths.has(page))).toEqual([]);
    });
  });
});
