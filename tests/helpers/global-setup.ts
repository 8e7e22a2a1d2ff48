import { existsSync } from 'node:fs';
import { buildSite } from './build';
import { DIST, DIST_SUBPATH, SUBPATH } from './paths';

/**
 * Builds the real site into dist/ and the sub-path variant into dist-subpath/, once per test run.
 * Set SKIP_BUILD=1 to reuse existing builds while iterating on tests.
 */
export default function setup() {
  const builds: { out: string; env: Record<string, string> }[] = [
    { out: DIST, env: { OUT_DIR: DIST } },
    { out: DIST_SUBPATH, env: { OUT_DIR: DIST_SUBPATH, BASE: SUBPATH } },
  ];
  for (const { out, env } of builds) {
    if (process.env.SKIP_BUILD && existsSync(out)) continue;
    const { status, output } = buildSite(env);
    if (status !== 0) throw new Error(`Building the site into ${out} failed:\n${output.slice(-4000)}`);
  }
}
