import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
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

/**
 * Astro run by test files takes turns: two builds (or a build and `astro sync`) of this project at once overwrite
 * each other's files in .astro/, and test files run two at a time. The turn is a folder only one process can
 * create; one left by a killed run is taken over after ten minutes.
 */
const TURN = path.join(ROOT, 'node_modules/.cache/htw-astro-turn');
const STALE_MS = 10 * 60_000;
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function tryTurn(): boolean {
  mkdirSync(path.dirname(TURN), { recursive: true });
  try {
    mkdirSync(TURN);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const since = statSync(TURN, { throwIfNoEntry: false })?.mtimeMs;
    if (since !== undefined && Date.now() - since > STALE_MS) rmSync(TURN, { recursive: true, force: true });
    return false;
  }
}
const endTurn = () => rmSync(TURN, { recursive: true, force: true });

/** Runs `fn` in Astro's turn, waiting for it without blocking the test process. */
async function inTurn<T>(fn: () => Promise<T>): Promise<T> {
  while (!tryTurn()) await new Promise((resolve) => setTimeout(resolve, 200));
  try {
    return await fn();
  } finally {
    endTurn();
  }
}

/** Runs `fn` in Astro's turn, for the synchronous runs. */
function inTurnSync<T>(fn: () => T): T {
  while (!tryTurn()) pause(200);
  try {
    return fn();
  } finally {
    endTurn();
  }
}

/** Runs `astro <args>` through npm (so it runs on the pinned Node) in Astro's turn, with extra environment variables. */
export function runAstro(args: string[], env: Record<string, string>) {
  const result = inTurnSync(() =>
    spawnSync('npm', ['exec', '--', 'astro', ...args], {
      cwd: ROOT,
      env: buildEnv(env),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  return { status: result.status, output: plain(result.stdout, result.stderr) };
}

/** Runs `astro build` through npm (so it runs on the pinned Node) with extra environment variables. */
export function buildSite(env: Record<string, string>) {
  return runAstro(['build'], env);
}

/** The same as buildSite, without blocking the test process while the build runs. */
export function buildSiteAsync(env: Record<string, string>): Promise<{ status: number | null; output: string }> {
  return inTurn(
    () =>
      new Promise((resolve, reject) => {
        const child = spawn('npm', ['run', '--silent', 'build'], { cwd: ROOT, env: buildEnv(env) });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, output: plain(stdout, stderr) }));
      }),
  );
}

export function fixtureContent(name: string): string {
  return path.join(ROOT, 'tests/fixtures/content', name);
}
