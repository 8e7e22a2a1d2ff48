/**
 * The browser tier's global setup: builds the site (both variants, see global-setup.ts) and starts one
 * Chromium for the whole run, which every browser test file connects to (see useSite in browser.ts).
 */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './chromium';
import buildSites from './global-setup';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared browser's WebSocket endpoint, for playwright's chromium.connect(). */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const [server] = await Promise.all([launchBrowserServer(), buildSites()]);
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}
