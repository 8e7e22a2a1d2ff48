import { siteSuite } from '../helpers/page-suite';
import { DIST_SUBPATH, SUBPATH } from '../helpers/paths';

siteSuite(`the site served from ${SUBPATH}`, DIST_SUBPATH, SUBPATH);
