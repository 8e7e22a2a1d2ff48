import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT } from './paths';

/** Runs `astro build` through npm (so it runs on the pinned Node) with extra environment variables. */
export function buildSite(env: Record<string, string>) {
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Colour codes would split words like "description:" in the messages the tests read.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

export function fixtureContent(name: string): string {
  return path.join(ROOT, 'tests/fixtures/content', name);
}
