/**
 * The numbers rule in the build: the Markdown pipeline's plugin, run in-process through Sätteri as Astro runs it, fails a file whose
 * number no cited source backs, naming the file, the line and the number (tests/fixtures/content/errors/
 * unbacked-number overlays the valid fixture site), and passes the valid fixture. `warn` mode reports the
 * same problems without failing. (A real `HTW_EVIDENCE=error npm run build` over the overlay fails the
 * same way; the in-process run keeps this test fast.)
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compileContent } from '../../src/plugins/compile';
import { evidence } from '../../src/plugins/evidence.mjs';
import { DEFAULT_EVIDENCE_MODE, evidenceMode } from '../../src/lib/evidence/enforcement';
import { fixtureContent } from '../helpers/build';

const temp = mkdtempSync(path.join(tmpdir(), 'htw-evidence-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function contentWithOverlay(name: string): string {
  const content = path.join(temp, name, 'content');
  cpSync(fixtureContent('valid'), content, { recursive: true });
  cpSync(fixtureContent(`errors/${name}`), content, { recursive: true });
  return content;
}

/** Runs the plugin over every article of a content folder, as the build's MDX pipeline does. */
async function runPlugin(contentDir: string, mode: 'warn' | 'error') {
  const articles = path.join(contentDir, 'articles');
  for (const name of readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')))
    compileContent(path.join(articles, name), {
      contentDir,
      base: '/',
      mdastPlugins: [evidence({ contentDir, mode })],
    });
}

describe('the numbers rule in the build', () => {
  it('passes the valid fixture site in error mode', async () => {
    await expect(runPlugin(fixtureContent('valid'), 'error')).resolves.toBeUndefined();
  });

  it('fails a number no cited source backs, naming the file, line, number, block, cited sources and the fix', async () => {
    const failure = runPlugin(contentWithOverlay('unbacked-number'), 'error');
    await expect(failure).rejects.toThrow(/what-heals[/\\]empathy\.mdx: 2 numbers not backed/);
    await expect(failure).rejects.toThrow(
      /empathy\.mdx:14 {2}40,000 \(in "more than 40,000 clients"\) {2}"Empathy was studied in more than 40,000 clients\." {2}cited: \[elliott2018, fluckiger2018\] {2}\(keyTakeaways\[3\]\)/,
    );
    await expect(failure).rejects.toThrow(
      /empathy\.mdx:38 {2}\.31 \(in "r = \.31"\) {2}"Across 82 independent samples.*" {2}cited: \[elliott2018\]/,
    );
    await expect(failure).rejects.toThrow(/add the figure to the source's `figures`.*<Derived from="ids" how="...">/);
    await expect(failure).rejects.toMatchObject({ line: 14 });
  });

  it('only warns, with the same report, in warn mode', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await runPlugin(contentWithOverlay('unbacked-number'), 'warn');
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toMatch(/empathy\.mdx:38 {2}\.31/);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('the numbers rule on a Spanish article (content/es/articles/...)', () => {
  it('reads it with the Spanish words and fails the number no cited source backs', async () => {
    const content = path.join(temp, 'es', 'content');
    cpSync(fixtureContent('valid'), content, { recursive: true });
    const file = path.join(content, 'es', 'articles', 'what-heals', 'empathy.mdx');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      '---\ntitle: Empatía\nsummary: La empatía ayuda.\n---\n\n' +
        'En 82 muestras independientes, alrededor de d = .58 <Cite id="elliott2018" />.\n\n' +
        'En más de 40 000 clientes se estudió la empatía <Cite id="elliott2018" />.\n',
    );
    const run = async () =>
      compileContent(file, {
        contentDir: content,
        base: '/',
        mdastPlugins: [evidence({ contentDir: content, mode: 'error' })],
      });
    await expect(run()).rejects.toThrow(/es[/\\]articles[/\\]what-heals[/\\]empathy\.mdx: 1 number not backed/);
    await expect(run()).rejects.toThrow(/empathy\.mdx:8 {2}40 000 \(in "más de 40 000 clientes"\)/);
  });
});

describe('the one switch', () => {
  it('defaults to the mode in src/lib/evidence/enforcement.ts and takes HTW_EVIDENCE=warn|error', () => {
    expect(evidenceMode(undefined)).toBe(DEFAULT_EVIDENCE_MODE);
    expect(evidenceMode('error')).toBe('error');
    expect(evidenceMode('warn')).toBe('warn');
    expect(() => evidenceMode('loud')).toThrow(/HTW_EVIDENCE="loud": expected "warn" or "error"/);
  });
});
