import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The real site, built once by the global setup (TEST_DIST moves it, e.g. to keep parallel work apart). */
export const DIST = path.resolve(process.env.TEST_DIST ?? path.join(ROOT, 'dist'));
/** The same site built for hosting under a sub-path. */
export const DIST_SUBPATH = path.resolve(process.env.TEST_DIST_SUBPATH ?? path.join(ROOT, 'dist-subpath'));
export const SUBPATH = '/how-therapy-works/';
/** The two builds every browser test runs against, with the path each is served under. */
export const BUILDS = [
  { name: 'root', dist: DIST, base: '/' },
  { name: 'sub-path', dist: DIST_SUBPATH, base: SUBPATH },
];
