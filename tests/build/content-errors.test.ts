/**
 * The content rules are wired into the build: the valid fixture site builds, and broken content stops it
 * with a message naming the file, the field or entry, and the fix.
 *
 * Each rule is proved in-process, case by case, where it lives: the frontmatter rules in
 * tests/schemas/article.test.ts, the body rules in tests/lib/content-refs.test.ts (unverified or
 * unknown source, unknown term, body length, sources, examples), the whole-site rules in
 * tests/lib/content-checks.test.ts (uncited bibliography entry, unused glossary entry) and
 * tests/lib/articles.test.ts (related links). Real builds are slow, so only these run here:
 * - the valid fixture, which must build (with a "Report a mistake" address set, whose link it checks);
 * - an uncited bibliography entry, the rule checked last, while the pages are assembled;
 * - `astro sync` (the build's first step, the content layer) on an article breaking two schema rules, to
 *   show the build names the file and each field.
 * Each overlay under tests/fixtures/content/errors/<case>/ is copied over the valid fixture site.
 * The numbers rule (a statistic no cited source backs) is proved by its own plugin's tests; the valid
 * fixture's build shows it accepts good content.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureContent, runAstro } from '../helpers/build';

const temp = mkdtempSync(path.join(tmpdir(), 'htw-errors-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function withOverlay(name: string) {
  const content = path.join(temp, name, 'content');
  cpSync(fixtureContent('valid'), content, { recursive: true });
  cpSync(fixtureContent(`errors/${name}`), content, { recursive: true });
  return content;
}

describe('the build enforces the content rules', () => {
  it('builds the valid fixture (so the failures below are caused by the overlays)', () => {
    const out = path.join(temp, 'valid');
    const { status, output } = buildSite({
      HTW_CONTENT_DIR: fixtureContent('valid'),
      OUT_DIR: out,
      // The "Report a mistake" setting; tests/site/fact-check.test.ts checks the site built without it.
      REPORT_MISTAKE_EMAIL: 'corrections@example.org',
    });
    expect(output).not.toMatch(/Error\b|\[ERROR\]/);
    expect(status).toBe(0);
    const article = parse(readFileSync(path.join(out, 'what-heals/empathy/index.html'), 'utf8'));
    const report = article.querySelectorAll('a').find((a) => a.text === 'Report a mistake');
    const mail = new URL(report?.getAttribute('href') ?? 'missing:');
    expect(mail.pathname).toBe('corrections@example.org');
    expect(mail.searchParams.get('subject')).toBe('Mistake on "Empathy in a fixture"');
    expect(mail.searchParams.get('body')).toContain('/what-heals/empathy/');
  });

  it('fails on a bibliography entry no article or glossary entry cites, naming the file, the entry and the fix', () => {
    const content = withOverlay('uncited-entry');
    const { status, output } = buildSite({ HTW_CONTENT_DIR: content, OUT_DIR: path.join(temp, 'uncited', 'dist') });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /uncited-entry[/\\]content[/\\]references\.json: entry "bordin1979": not cited by any article or glossary entry\. Cite it, delete the entry, or mark it "background": true/,
    );
  });

  it('fails on a summary above grade 9 and a missing quiz, naming the file and both fields', () => {
    const content = withOverlay('schema');
    const { status, output } = runAstro(['sync'], { HTW_CONTENT_DIR: content });
    expect(status).not.toBe(0);
    expect(output).toMatch(/schema[/\\]content[/\\]articles[/\\]what-heals[/\\]empathy\.mdx/);
    expect(output).toMatch(/summary: reads at school grade \d+\.\d \(Flesch-Kincaid\); the limit is 9\./);
    expect(output).toContain(
      'quiz: missing: add 3-5 questions, or, for a section index page or study aid only, set "quizExempt: true".',
    );
  });
});
