/** The stage data is complete, in Erikson's order, and agrees with the cited sources and the article. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBibliography } from '../../../src/lib/bibliography';
import { lifeStagesContent } from '../../../src/widgets/life-stages/life-stages-content';

const STAGES = lifeStagesContent().stages;
import { ROOT } from '../../helpers/paths';
import { must } from '../../../src/lib/required';

const references = loadBibliography(path.join(ROOT, 'content/references.json')).entries;
const article = readFileSync(path.join(ROOT, 'content/articles/change-over-time/life-stages.mdx'), 'utf8');

describe('life stages data', () => {
  it("has Erikson's eight stages in order", () => {
    expect(STAGES.map((s) => s.task)).toEqual([
      'Trust',
      'Autonomy',
      'Initiative',
      'Industry',
      'Identity',
      'Intimacy',
      'Generativity',
      'Integrity',
    ]);
  });

  it('fills every field of every stage', () => {
    for (const stage of STAGES) {
      for (const field of ['task', 'period', 'ages', 'tension', 'strength', 'about', 'inTherapy'] as const) {
        expect(stage[field].trim(), `${stage.task}.${field}`).not.toBe('');
      }
      expect(stage.tension).toMatch(new RegExp(`^${stage.task} versus `));
    }
  });

  it("lists the strengths in the order erikson1997's finding gives them", () => {
    const finding = must(references.find((r) => r.id === 'erikson1997')).finding;
    const listed = must(/\(([^)]*wisdom)/.exec(finding))[1]
      .replace(' and ', ', ')
      .split(', ');
    expect(STAGES.map((s) => s.strength.toLowerCase())).toEqual(listed);
  });

  it("matches the article's table of stages (tension, ages and strength)", () => {
    STAGES.forEach((stage, i) => {
      const row = article.split('\n').find((line) => line.startsWith(`| ${i + 1}. ${stage.period} |`));
      expect(row, stage.period).toBeDefined();
      expect(must(row).replace(/<[^>]+>/g, '')).toContain(`| ${stage.strength} |`);
      expect(must(row).replace(/<[^>]+>/g, '')).toContain(stage.tension.replace(stage.task, ''));
      const [from, to] = stage.ages.split(/–|\+/);
      expect(row).toContain(to ? `${from} to ${to}` : `${from} onwards`);
    });
  });

  it('marks every therapy example as fictional by using first names only', () => {
    for (const stage of STAGES) expect(stage.inTherapy).toMatch(/^\p{Lu}\p{Ll}+, \d{1,2}, /u);
  });
});
