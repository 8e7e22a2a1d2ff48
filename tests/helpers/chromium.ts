/**
 * Headless Chromium for the browser tests: the binary comes from @sparticuz/chromium (npm), or from
 * CHROME_PATH when set. No Vitest imports here: the global setup (in Vitest's main process) uses it too.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import { ROOT } from './paths.ts';

/** Chromium from CHROME_PATH, or unpacked from @sparticuz/chromium into a project-local cache. */
export async function chromiumExecutable(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  // @sparticuz/chromium unpacks into $TMPDIR/chromium and reuses whatever is there, even another
  // version: point it at a project-local folder named for the version.
  const { default: sparticuz } = await import('@sparticuz/chromium');
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = path.join(ROOT, 'node_modules/.cache/chromium-153');
  mkdirSync(process.env.TMPDIR, { recursive: true });
  try {
    return await sparticuz.executablePath();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}

// Not the package's own args: its --single-process kills the browser when a context closes, and it
// disables web security, which would hide CSP and cross-origin bugs.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Starts the one Chromium that every browser test file of a run shares (tests/helpers/browser-setup.ts):
 * each file connects to it and works in its own contexts, instead of starting a browser of its own.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS });
}
