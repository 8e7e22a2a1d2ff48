import { builtPages } from './tests/helpers/dist';
import { pageCost, brotli } from './tests/helpers/bytes';
const [dist, url] = process.argv.slice(2);
const page = builtPages(dist).find((p) => p.url === url)!;
console.log(JSON.stringify(pageCost(page, dist, '/')));
const pick = (sel: string) => page.root.querySelectorAll(sel).map((e) => e.toString()).join('');
for (const sel of ['head', 'header', 'footer', 'self-check-quiz', '.cite-page', 'link[rel=alternate]', 'nav[aria-label="Previous and next articles"]', '.toc', '.references'])
  console.log(sel, pick(sel).length, brotli(pick(sel)));
