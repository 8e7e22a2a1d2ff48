import { everyPageInTheme } from '../helpers/page-suite';
import { DIST } from '../helpers/paths';

everyPageInTheme('light', DIST, '/');
