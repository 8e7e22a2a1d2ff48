import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The real site, built once by the global setup (TEST_DIST moves it, e.g. to keep parallel work apart). */
export const DIST = path.resolve(process.env.TEST_DIST ?? path.join(ROOT, 'dist'));
/** The same site built for hosting under a sub-path. */
export const DIST_SUBPATH = path.resolve(process.env.TEST_DIST_SUBPATH ?? path.join(ROOT, 'dist-subpath'));
export const SUBPATH = '/how-therapy-works/';
/**
 * The builds every widget and page test runs against, with the path each is served under: the root build.
 * The sub-path build differs only in its URLs, so it gets the whole-site link, asset and redirect check
 * (tests/site/links.test.ts) and a browser smoke test (tests/browser/site-subpath.test.ts) instead of a
 * second copy of every browser test.
 */
export const BUILDS = [{ name: 'root', dist: DIST, base: '/' }];
