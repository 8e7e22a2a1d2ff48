/**
 * A malformed article must fail the build with a message naming the file and the field.
 * Each fixture under tests/fixtures/content/errors/<case>/ overlays one broken file on the small valid
 * fixture site; the test builds it for real and reads the error.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureContent } from '../helpers/build';

const temp = mkdtempSync(path.join(tmpdir(), 'htw-errors-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function buildWithOverlay(name: string) {
  const content = path.join(temp, name, 'content');
  cpSync(fixtureContent('valid'), content, { recursive: true });
  cpSync(fixtureContent(`errors/${name}`), content, { recursive: true });
  return buildSite({ HTW_CONTENT_DIR: content, OUT_DIR: path.join(temp, name, 'dist') });
}

const FILE = /what-heals[/\\]empathy/;

describe('the build rejects bad content', () => {
  it('builds the valid fixture (so the failures below are caused by the overlays)', () => {
    const out = path.join(temp, 'valid');
    const { status, output } = buildSite({ HTW_CONTENT_DIR: fixtureContent('valid'), OUT_DIR: out });
    expect(output).not.toMatch(/Error\b|\[ERROR\]/);
    expect(status).toBe(0);
  });

  it.each([
    ['bad-frontmatter', /description: .*(at least|>=|too small)/i],
    ['unknown-section', /section: .*(invalid|expected one of)/i],
    ['unknown-cite', /<Cite id="nobody2099">: unknown citation key "nobody2099"/],
    ['unknown-term', /<Term id="telepathy">: unknown glossary term "telepathy"/],
    ['missing-related', /related\[0\]: no article "change-over-time\/no-such-page"/],
  ])('%s: fails naming the file and the field', (name, message) => {
    const { status, output } = buildWithOverlay(name);
    expect(status).not.toBe(0);
    expect(output).toMatch(message);
    expect(output).toMatch(FILE);
  });
});
