import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths';

/** Runs `astro build` through npm (so it runs on the pinned Node) with extra environment variables. */
export function buildSite(env: Record<string, string>) {
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export function fixtureContent(name: string): string {
  return path.join(ROOT, 'tests/fixtures/content', name);
}
