import { everyPageWithoutJavaScript, firstViewOfPlainArticles } from '../helpers/page-suite';
import { DIST } from '../helpers/paths';

everyPageWithoutJavaScript(DIST, '/');
firstViewOfPlainArticles(DIST, '/');
