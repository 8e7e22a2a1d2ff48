/**
 * Every widget can appear twice on one page: a test-only article (built into its own folder from a copy of
 * content/) renders each of the twelve twice. No id repeats on the page, every id a widget refers to (for,
 * aria-labelledby, aria-describedby, aria-controls) is inside that same instance, no radio group spans two
 * instances (a <form> keeps its own groups), and both instances do their main job independently.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite } from '../../helpers/browser';
import { buildSite } from '../../helpers/build';
import { ROOT } from '../../helpers/paths';
import { CASES, widgetFolders } from './main-interactions';

// Beside content/ (dist-*/ is ignored by git and the tools), so the articles' relative imports of src/
// resolve from the copy exactly as from the original.
const CONTENT = path.join(ROOT, 'dist-widgets-twice-content');
const DIST = path.join(ROOT, 'dist-widgets-twice');
const URL_PATH = '/change-over-time/widgets-twice/';

const COMPONENTS: Record<string, string> = {
  'brain-map': 'BrainMap',
  'compare-approaches': 'CompareApproaches',
  'dose-effect': 'DoseEffectExplorer',
  'empathic-responses': 'EmpathicResponses',
  'life-stages': 'LifeStagesTimeline',
  'relationship-effects': 'RelationshipEffectsChart',
  'reliable-change': 'ReliableChangeCalculator',
  'spot-the-factor': 'SpotTheFactor',
  'thinking-traps': 'ThinkingTrapSpotter',
  'thought-record': 'ThoughtRecord',
  'window-of-tolerance': 'WindowOfTolerance',
};

/**
 * A real article (so the page passes every build rule: schema, body length, sources, numbers, review) with
 * every widget twice added to its body; its own explainer is taken out, so each widget is there exactly twice.
 */
function writeArticle() {
  const source = readFileSync(path.join(ROOT, 'content/articles/change-over-time/dose-effect.mdx'), 'utf8');
  const end = source.indexOf('\n---', 3) + 4;
  const frontmatter = source
    .slice(0, end)
    .replace(/^title: .*$/m, 'title: "Widgets twice"')
    .replace(/^order: .*$/m, 'order: 99');
  const realBody = source
    .slice(end)
    .replace(/^import .*$/gm, '')
    .replace(/<DoseEffectExplorer[^>]*\/>/g, '');
  const review = readFileSync(path.join(ROOT, 'content/reviews/change-over-time/dose-effect.md'), 'utf8');
  const reviewFile = path.join(CONTENT, 'reviews/change-over-time/widgets-twice.md');
  mkdirSync(path.dirname(reviewFile), { recursive: true });
  writeFileSync(reviewFile, review.replace(/^article: .*$/m, 'article: change-over-time/widgets-twice'));
  const imports = Object.entries(COMPONENTS).map(
    ([folder, name]) => `import ${name} from '../../../src/widgets/${folder}/${name}.astro';`,
  );
  const widgets = Object.values(COMPONENTS).map((name) => `<${name} />\n\n<${name} />`);
  // The layout renders the article's quiz once; a second one with the same id goes in the body.
  const quiz = `<Quiz questions={frontmatter.quiz} quizId="change-over-time/widgets-twice" />`;
  const body = [
    "import Quiz from '../../../src/widgets/quiz/Quiz.astro';",
    ...imports,
    realBody,
    '',
    ...widgets,
    '',
    quiz,
  ].join('\n');
  const file = path.join(CONTENT, 'articles/change-over-time/widgets-twice.mdx');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${frontmatter}\n${body}\n`);
}

beforeAll(() => {
  for (const dir of [CONTENT, DIST]) rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'content'), CONTENT, { recursive: true });
  writeArticle();
  const { status, output } = buildSite({ HTW_CONTENT_DIR: CONTENT, OUT_DIR: DIST });
  expect(status, output.slice(-3000)).toBe(0);
});
afterAll(() => [CONTENT, DIST].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('every widget twice on one page', () => {
  const session = useSite(DIST);
  const page = () => parse(readFileSync(path.join(DIST, URL_PATH, 'index.html'), 'utf8'));

  it('the test page holds every widget (the quiz comes with the article)', () => {
    expect([...Object.keys(COMPONENTS), 'quiz'].sort()).toEqual(widgetFolders());
  });

  it.each(CASES)('$tag: two instances, no repeated id, every reference inside its own instance', ({ tag }) => {
    const root = page();
    const instances = root.querySelectorAll(tag);
    expect(instances).toHaveLength(2);
    const ids = root.querySelectorAll('[id]').map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // Radios group by name across the page, except inside a <form>, which keeps its own groups.
    const radioNames = instances.map(
      (instance) =>
        new Set(
          instance
            .querySelectorAll('input[type="radio"]')
            .filter((radio) => !radio.closest('form'))
            .map((radio) => radio.getAttribute('name')),
        ),
    );
    expect([...radioNames[0]].filter((name) => radioNames[1].has(name))).toEqual([]);
    for (const instance of instances) {
      const own = new Set(instance.querySelectorAll('[id]').map((e) => e.id));
      const refs = instance
        .querySelectorAll('[for], [aria-labelledby], [aria-describedby], [aria-controls]')
        .flatMap((e) =>
          ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls'].flatMap(
            (name) => e.getAttribute(name)?.split(/\s+/).filter(Boolean) ?? [],
          ),
        );
      expect(refs.filter((id) => !own.has(id))).toEqual([]);
    }
  });

  it.each(CASES)('$tag: both instances work, each on its own', async ({ tag, use }) => {
    const { page, errors, close } = await session.open(URL_PATH);
    for (const index of [1, 0]) {
      const widget = page.locator(tag).nth(index);
      await widget.scrollIntoViewIfNeeded(); // the quiz's script loads when the reader gets near
      await page.waitForFunction((name) => customElements.get(name) !== undefined, tag);
      await use(widget);
    }
    expect(errors).toEqual([]);
    await close();
  });
});
