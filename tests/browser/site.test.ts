/** The site chrome on the root build: search, the theme toggle and quick exit (every-page checks: pages-*.test.ts). */
import { siteChrome } from '../helpers/page-suite';
import { DIST } from '../helpers/paths';

siteChrome(DIST, '/');
