import { existsSync } from 'node:fs';
import { buildSiteAsync } from './build';
import { DIST, DIST_SUBPATH, SUBPATH } from './paths';

// Kept on globalThis: each tier's setup may load this module afresh, but the builds happen once per run.
const ONCE = Symbol.for('htw:site-builds');
const memo = globalThis as { [ONCE]?: Promise<void> };

/**
 * Builds the real site into dist/ and the sub-path variant into dist-subpath/, once per test run, however
 * many tiers ask for them. One after the other: two builds of one project share its .astro/ folder, and at
 * once they overwrite each other's files there (Astro writes each through a temporary file and renames it,
 * and the second rename finds the first has taken it). Each build takes seconds since articles compile on
 * Sätteri. Set SKIP_BUILD=1 to reuse existing builds while iterating on tests.
 */
export default function setup(): Promise<void> {
  const builds: { out: string; env: Record<string, string> }[] = [
    { out: DIST, env: { OUT_DIR: DIST } },
    { out: DIST_SUBPATH, env: { OUT_DIR: DIST_SUBPATH, BASE: SUBPATH } },
  ];
  memo[ONCE] ??= (async () => {
    for (const { out, env } of builds) {
      if (process.env.SKIP_BUILD && existsSync(out)) continue;
      const { status, output } = await buildSiteAsync(env);
      if (status !== 0) throw new Error(`Building the site into ${out} failed:\n${output.slice(-4000)}`);
    }
  })();
  return memo[ONCE];
}
