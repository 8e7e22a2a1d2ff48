import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT } from './paths';

/**
 * What Vite and Astro put into the test process's own environment (the components project loads Astro's Vite
 * config): a build that inherited BASE_URL=/ would ignore its BASE and write every link for the root.
 */
const INJECTED = new Set(['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']);
const inherited = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !INJECTED.has(key)));

const buildEnv = (env: Record<string, string>) => ({
  ...inherited(),
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  ...env,
});

// Colour codes would split words like "description:" in the messages the tests read.
const plain = (stdout: string, stderr: string) => stripVTControlCharacters(`${stdout}\n${stderr}`);

/** Runs `astro build` through npm (so it runs on the pinned Node) with extra environment variables. */
export function buildSite(env: Record<string, string>) {
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    env: buildEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: plain(result.stdout, result.stderr) };
}

/** The same as buildSite, without blocking the test process while the build runs. */
export function buildSiteAsync(env: Record<string, string>): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], { cwd: ROOT, env: buildEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: plain(stdout, stderr) }));
  });
}

export function fixtureContent(name: string): string {
  return path.join(ROOT, 'tests/fixtures/content', name);
}
