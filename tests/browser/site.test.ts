import { siteSuite } from '../helpers/page-suite';
import { DIST } from '../helpers/paths';

siteSuite('the site served from the root', DIST, '/');
