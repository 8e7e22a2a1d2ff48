// The benchmark (npm run bench; not part of npm test). Measures, in one run on one machine:
//  1. build wall time, CPU time and peak memory for the real site and for generated corpora of 100, 1,000 and
//     5,000 articles, each built twice (with citations and glossary terms, and plain), and the plain corpus
//     built by Starlight (bench/starlight/), the peer every figure is also given as a ratio to;
//  2. the first-view bytes (brotli) of a generated lesson page, here and in Starlight, and against the
//     brotli size of the page's own visible text;
//  3. search speed in headless Chromium on the 1,000-article corpus (time from typing to rendered results
//     over 20 queries, cold and warm) and the bytes Pagefind loads per query, here and in Starlight;
//  4. Lighthouse mobile scores and Core Web Vitals for four kinds of page of the real site.
// Writes bench/results/latest.json and bench/results/latest.md. BENCH_SIZES=100,1000 limits the corpora.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const TMP = path.join(ROOT, 'bench/results/tmp');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
/** The lesson page whose first view is measured in each generated build. */
const LESSON = 'foundations/article-0/';

/**
 * Runs `astro build` (in `root`), timing its wall clock; the build process reports its own CPU time
 * (with Pagefind's) and peak resident memory through bench/rusage.mjs.
 */
function timedBuild(env, root = ROOT) {
  const usageFile = path.join(TMP, 'rusage.json');
  rmSync(usageFile, { force: true });
  // Every timed build starts from an empty cache, as Starlight's (a fresh project each run) does.
  const cacheDir = path.join(TMP, 'astro-cache');
  rmSync(cacheDir, { recursive: true, force: true });
  // And into an empty folder: Astro would first delete a previous run's output, which Starlight's fresh
  // project never has to.
  if (env.OUT_DIR) rmSync(env.OUT_DIR, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        `--import=${pathToFileURL(path.join(ROOT, 'bench/rusage.mjs')).href}`,
        path.join(ROOT, 'node_modules/astro/bin/astro.mjs'),
        'build',
        '--silent',
        '--root',
        root,
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          BENCH_RUSAGE_FILE: usageFile,
          HTW_CACHE_DIR: cacheDir,
          ...env,
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`build failed (${code}):\n${stderr.slice(-2000)}`));
      const { cpuSeconds, peakMb } = JSON.parse(readFileSync(usageFile, 'utf8'));
      resolve({ seconds: +seconds.toFixed(1), cpuSeconds: +cpuSeconds.toFixed(1), peakMb });
    });
  });
}

/** Rounds of the same builds up to 1,000 articles (BENCH_REPEATS, default 3); 5,000 articles build once. */
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));

/** Each measure's median over the rounds of one build, with the rounds themselves kept for the record. */
function medianBuild(runs) {
  const median = (key) => {
    const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : +((sorted[mid - 1] + sorted[mid]) / 2).toFixed(1);
  };
  return { seconds: median('seconds'), cpuSeconds: median('cpuSeconds'), peakMb: median('peakMb'), runs };
}

/**
 * A plain article's body in Starlight's terms: its one <Cite> (there only because our build asks every
 * article for three sources) goes, and the example box becomes Starlight's own aside.
 */
const asStarlight = (body) =>
  body
    .replace(/ ?<Cite [^>]*\/>/g, '')
    .replace(/<Callout kind="[^"]*"(?: title="([^"]*)")?>/g, (_, title) => `:::note${title ? `[${title}]` : ''}`)
    .replace(/<\/Callout>/g, ':::');

/** Starlight's project (bench/starlight/) with the plain corpus's articles as its docs, title and description kept. */
function starlightProject(dir, plainCorpus) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'bench/starlight'), dir, { recursive: true });
  const articles = path.join(plainCorpus, 'articles');
  for (const section of readdirSync(articles)) {
    mkdirSync(path.join(dir, 'src/content/docs', section), { recursive: true });
    for (const file of readdirSync(path.join(articles, section))) {
      const source = readFileSync(path.join(articles, section, file), 'utf8');
      const [, front, body] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
      const keep = front.split('\n').filter((line) => /^(title|description):/.test(line));
      writeFileSync(
        path.join(dir, 'src/content/docs', section, file),
        `---\n${keep.join('\n')}\n---\n${asStarlight(body)}`,
      );
    }
  }
}

/**
 * First-view bytes (brotli) of a built page: HTML, stylesheets and the scripts that run at load, as
 * tests/helpers/bytes.ts counts them for the byte budgets; and the brotli size of the page's own visible
 * text (what a reader can read on it: its <body> without closed dialogs, pop-ups, hidden parts, scripts and
 * styles), which that is compared with.
 */
async function firstView(dist, url, base = '/') {
  const { parse } = await import('node-html-parser');
  const { brotli, pageCost } = await import('../tests/helpers/bytes.ts');
  const file = path.join(dist, url, 'index.html');
  const html = readFileSync(file, 'utf8');
  const root = parse(html);
  const cost = pageCost({ url: `/${url}`, file, html, root }, dist, base);
  const body = parse(root.querySelector('body').outerHTML);
  body
    .querySelectorAll('dialog:not([open]), [popover], [hidden], script, style, template, svg, noscript')
    .forEach((el) => el.remove());
  const text = body.textContent.replace(/\s+/g, ' ').trim();
  return { html: cost.html, css: cost.css, js: cost.js, total: cost.total, text: brotli(text) };
}

const ratio = (a, b) => +(a / b).toFixed(2);

/**
 * Writes the results (bench/results/) and README's table between its bench markers, formatted as the rest
 * of the repository is (npm test checks the formatting), so a benchmark run leaves the tree clean.
 */
async function writeResults(result) {
  const { format, resolveConfig } = await import('prettier');
  const formatted = async (file, text) => format(text, { ...(await resolveConfig(file)), filepath: file });
  writeFileSync(path.join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  const table = path.join(ROOT, 'bench/results/latest.md');
  writeFileSync(table, await formatted(table, markdown(result)));
  const readmePath = path.join(ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8').replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    () => `<!-- bench:start -->\n${markdown(result)}<!-- bench:end -->`,
  );
  writeFileSync(readmePath, await formatted(readmePath, readme));
}

async function buildBenchmarks() {
  const rows = [];
  const real = await timedBuild({ OUT_DIR: path.join(TMP, 'dist-real') });
  const realPages = readFileSync(path.join(ROOT, 'content/shipped-paths.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('/')).length;
  rows.push({ corpus: 'real site', articles: realPages, ...real });
  const comparisons = [];
  for (const size of SIZES) {
    const full = path.join(TMP, `corpus-${size}`);
    const plain = path.join(TMP, `corpus-${size}-plain`);
    const starlight = path.join(TMP, `starlight-${size}`);
    generateCorpus(full, size, path.join(ROOT, 'content'));
    generateCorpus(plain, size, path.join(ROOT, 'content'), { plain: true });
    starlightProject(starlight, plain);
    // One build after the other, so all three see the same machine load; and, up to 1,000 articles, that
    // round again (REPEATS), each figure the median of its rounds: one round of the same three builds varies
    // by a tenth from run to run on a shared 2-core machine, more than the differences being measured.
    const rounds = [];
    for (let round = 0; round < (size <= 1000 ? REPEATS : 1); round++)
      rounds.push({
        withRefs: await timedBuild({ HTW_CONTENT_DIR: full, OUT_DIR: path.join(TMP, `dist-${size}`) }),
        plainBuild: await timedBuild({ HTW_CONTENT_DIR: plain, OUT_DIR: path.join(TMP, `dist-${size}-plain`) }),
        peer: await timedBuild({}, starlight),
      });
    const [withRefs, plainBuild, peer] = ['withRefs', 'plainBuild', 'peer'].map((build) =>
      medianBuild(rounds.map((r) => r[build])),
    );
    rows.push(
      { corpus: `generated ${size}, citations and terms`, articles: size, ...withRefs },
      { corpus: `generated ${size}, plain`, articles: size, ...plainBuild },
      { corpus: `Starlight, generated ${size}, plain`, articles: size, ...peer },
    );
    comparisons.push({
      articles: size,
      citationsAndTermsOverPlain: ratio(withRefs.seconds, plainBuild.seconds),
      citationsAndTermsOverPlainCpu: ratio(withRefs.cpuSeconds, plainBuild.cpuSeconds),
      plainOverStarlight: {
        wall: ratio(plainBuild.seconds, peer.seconds),
        cpu: ratio(plainBuild.cpuSeconds, peer.cpuSeconds),
        memory: ratio(plainBuild.peakMb, peer.peakMb),
      },
      citationsAndTermsOverStarlight: {
        wall: ratio(withRefs.seconds, peer.seconds),
        cpu: ratio(withRefs.cpuSeconds, peer.cpuSeconds),
        memory: ratio(withRefs.peakMb, peer.peakMb),
      },
      firstView: {
        plain: await firstView(path.join(TMP, `dist-${size}-plain`), LESSON),
        starlight: await firstView(path.join(starlight, 'dist'), LESSON),
      },
    });
    console.log(
      `${size} articles: ${withRefs.seconds} s with citations and terms, ${plainBuild.seconds} s plain, Starlight ${peer.seconds} s`,
    );
  }
  // Linear growth: seconds per article stays roughly constant as the corpus grows.
  const generated = rows.filter((r) => r.corpus.endsWith('citations and terms'));
  const perArticle = generated.map((r) => r.seconds / r.articles);
  const linear = perArticle.length < 2 || perArticle.at(-1) <= perArticle[0] * 1.5;
  return { rows, comparisons, linear, secondsPerArticle: perArticle.map((x) => +x.toFixed(4)), rounds: REPEATS };
}

/** The tests' Chromium (from @sparticuz/chromium), with the same flags. */
async function launchBrowser(extraArgs = []) {
  const { chromium } = await import('playwright-core');
  const { chromiumExecutable, CHROMIUM_ARGS } = await import('../tests/helpers/chromium.ts');
  return chromium.launch({ executablePath: await chromiumExecutable(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}

async function withBrowser(fn) {
  const { serveSite } = await import('../tests/helpers/browser.ts');
  const browser = await launchBrowser();
  try {
    return await fn(browser, serveSite);
  } finally {
    await browser.close();
  }
}

const QUERIES = [
  'therapy',
  'stress',
  'questionnaire',
  'relationship',
  'coping',
  'worry',
  'trials',
  'feelings',
  'patterns',
  'sadness',
  'conflict',
  'practise',
  'measures',
  'change',
  'careful',
  'thoughts',
  'actions',
  'research',
  'months',
  'safe',
];

/** How each site's search is driven: where it lives, how to open it, and when results have rendered. */
const SEARCH_UIS = {
  // Ours: the search page; the status line names the query as the first result goes in (the others follow
  // as their fragments arrive).
  here: {
    path: 'search/',
    debounceMs: 150,
    open: (page) => page.waitForFunction(() => customElements.get('search-page') !== undefined),
    input: 'search-page input[type="search"]',
    empty: () => !document.querySelector('search-page [data-search-results] li'),
    rendered: (q) =>
      document.querySelector('search-page [data-search-status]')?.textContent?.includes(q) &&
      document.querySelector('search-page [data-search-results] li') !== null,
  },
  // Starlight: its search dialog on a lesson page (Pagefind's own UI, five results and sub-results). Its
  // UI puts a grey placeholder title (.pagefind-ui__loading) for each result before the result's fragment
  // arrives; the first real title is the moment comparable to ours.
  starlight: {
    path: LESSON,
    debounceMs: 300,
    open: async (page) => {
      await page.locator('button[data-open-modal]').click();
      await page.locator('#starlight__search input').waitFor();
    },
    input: '#starlight__search input',
    empty: () => !document.querySelector('#starlight__search .pagefind-ui__result'),
    rendered: (q) =>
      /\d+ results? for/.test(document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '') &&
      document.querySelector('#starlight__search .pagefind-ui__message')?.textContent?.includes(q) &&
      document.querySelector('#starlight__search .pagefind-ui__result-title:not(.pagefind-ui__loading)') !== null,
  },
};

async function searchBenchmark(dist, ui = SEARCH_UIS.here) {
  // The test server sends what a site's _headers file says; Starlight writes none.
  if (!existsSync(path.join(dist, '_headers'))) writeFileSync(path.join(dist, '_headers'), '');
  return withBrowser(async (browser, serveSite) => {
    const site = await serveSite(dist, '/');
    try {
      const times = [];
      const bytes = [];
      const context = await browser.newContext();
      const page = await context.newPage();
      // Each Pagefind request with the moment it was made and its body size. A query's bytes are those of
      // the requests made after it was typed; the first query also owns what Pagefind loaded before it
      // (its WebAssembly and entry files), since a reader pays for those on their first search.
      const requests = [];
      page.on('request', (request) => {
        if (!request.url().includes('/pagefind/')) return;
        const size = request.response().then((r) => (r ? r.body().then((b) => b.length) : 0));
        requests.push({ at: performance.now(), size });
      });
      const bytesSince = async (from, to) =>
        (await Promise.all(requests.filter((r) => r.at >= from && r.at < to).map((r) => r.size))).reduce(
          (a, b) => a + b,
          0,
        );
      await page.goto(`${site.url}${ui.path}`);
      await ui.open(page);
      const input = page.locator(ui.input);
      for (const [i, query] of QUERIES.entries()) {
        await input.fill('');
        await page.waitForFunction(ui.empty);
        const start = performance.now();
        await input.fill(query);
        await page.waitForFunction(ui.rendered, query);
        const end = performance.now();
        times.push({ query, ms: end - start, cold: i === 0 });
        bytes.push(await bytesSince(i === 0 ? 0 : start, end));
      }
      await context.close();
      const warm = times
        .filter((t) => !t.cold)
        .map((t) => t.ms)
        .sort((a, b) => a - b);
      const warmMedianMs = Math.round(warm[Math.floor(warm.length / 2)]);
      return {
        coldMs: Math.round(times[0].ms),
        warmMedianMs,
        // Each UI waits this long after the last keystroke before it searches; the times above include it.
        debounceMs: ui.debounceMs,
        coldAfterDebounceMs: Math.round(times[0].ms) - ui.debounceMs,
        warmAfterDebounceMs: warmMedianMs - ui.debounceMs,
        firstQueryKb: +(bytes[0] / 1024).toFixed(1),
        medianQueryKb: +(bytes.slice(1).sort((a, b) => a - b)[Math.floor((bytes.length - 1) / 2)] / 1024).toFixed(1),
      };
    } finally {
      await site.close();
    }
  });
}

async function lighthouseBenchmark(dist) {
  const { default: lighthouse } = await import('lighthouse');
  const pages = {
    home: '',
    'plain article': 'what-heals/positive-regard/',
    'widget article': 'change-over-time/dose-effect/',
    search: 'search/',
  };
  const { serveSite } = await import('../tests/helpers/browser.ts');
  const port = 9300 + Math.floor(Math.random() * 500);
  // Lighthouse drives the same Chromium through its debugging port.
  const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  const site = await serveSite(dist, '/');
  const results = {};
  try {
    for (const [name, url] of Object.entries(pages)) {
      const run = await lighthouse(`${site.url}${url}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const { categories, audits } = run.lhr;
      results[name] = {
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        bestPractices: Math.round(categories['best-practices'].score * 100),
        seo: Math.round(categories.seo.score * 100),
        lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(audits['total-blocking-time'].numericValue),
        cls: +audits['cumulative-layout-shift'].numericValue.toFixed(3),
      };
      console.log(`lighthouse ${name}:`, results[name]);
    }
  } finally {
    await site.close();
    await browser.close();
  }
  return results;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

function markdown({ builds, search, lighthouse: lh, measuredAt }) {
  const lines = [
    `Builds measured ${builds.measuredAt}, search and Lighthouse ${measuredAt}, on a 2-core machine shared with other work: seconds vary from run to run, the ratios to Starlight (built one after the other in the same run) much less. Each build figure up to 1,000 articles is the median of ${builds.rounds ?? 1} rounds of the three builds.`,
  ];
  const peer = builds.comparisons?.find((c) => c.articles === 1000) ?? builds.comparisons?.at(-1);
  if (peer) {
    const row = (r) => builds.rows.find((x) => x.corpus === r);
    const plain = row(`generated ${peer.articles}, plain`);
    const star = row(`Starlight, generated ${peer.articles}, plain`);
    const fv = peer.firstView;
    lines.push(
      '',
      `| Against Starlight (same plain ${peer.articles}-article corpus, same run) | Here | Starlight | Ratio |`,
      '| --- | ---: | ---: | ---: |',
      `| Build wall time (s) | ${plain.seconds} | ${star.seconds} | ${peer.plainOverStarlight.wall} |`,
      `| Build CPU time (s) | ${plain.cpuSeconds} | ${star.cpuSeconds} | ${peer.plainOverStarlight.cpu} |`,
      `| Peak build memory (MB) | ${plain.peakMb} | ${star.peakMb} | ${peer.plainOverStarlight.memory} |`,
      `| First view of a lesson page (KB brotli) | ${kb(fv.plain.total)} | ${kb(fv.starlight.total)} | ${ratio(fv.plain.total, fv.starlight.total)} |`,
    );
    if (search?.plain && search?.starlight)
      lines.push(
        `| Pagefind bytes, later query median (KB) | ${search.plain.medianQueryKb} | ${search.starlight.medianQueryKb} | ${ratio(search.plain.medianQueryKb, search.starlight.medianQueryKb)} |`,
        `| Pagefind bytes, first query (KB) | ${search.plain.firstQueryKb} | ${search.starlight.firstQueryKb} | ${ratio(search.plain.firstQueryKb, search.starlight.firstQueryKb)} |`,
        `| Later query, results after the debounce, median (ms) | ${search.plain.warmAfterDebounceMs} | ${search.starlight.warmAfterDebounceMs} | ${ratio(search.plain.warmAfterDebounceMs, search.starlight.warmAfterDebounceMs)} |`,
      );
    lines.push(
      '',
      `The lesson page's first view is its HTML, stylesheets and the scripts that run at load (as the byte budgets count them). Here: ${kb(fv.plain.html)} KB HTML, ${kb(fv.plain.css)} KB CSS, ${kb(fv.plain.js)} KB JavaScript, ${ratio(fv.plain.total, fv.plain.text)}x the ${kb(fv.plain.text)} KB of its own visible text; Starlight: ${kb(fv.starlight.html)} KB HTML, ${kb(fv.starlight.css)} KB CSS, ${kb(fv.starlight.js)} KB JavaScript, ${ratio(fv.starlight.total, fv.starlight.text)}x its text.`,
      '',
      '| Citations and glossary terms | Articles | Build with them / plain, wall | CPU |',
      '| --- | ---: | ---: | ---: |',
      ...builds.comparisons.map(
        (c) =>
          `| generated | ${c.articles} | ${c.citationsAndTermsOverPlain} | ${c.citationsAndTermsOverPlainCpu ?? ''} |`,
      ),
      '',
      'On a shared machine a build waits for the CPU as much as it uses it, so wall times swing from run to run (this run: ' +
        `${peer.plainOverStarlight.wall}x Starlight's wall time, but ${peer.plainOverStarlight.cpu}x its CPU time); CPU time is the steadier comparison.`,
    );
  }
  lines.push('', '| Build | Articles | Wall (s) | CPU (s) | Peak memory (MB) |', '| --- | ---: | ---: | ---: | ---: |');
  for (const r of builds.rows)
    lines.push(`| ${r.corpus} | ${r.articles} | ${r.seconds} | ${r.cpuSeconds ?? ''} | ${r.peakMb} |`);
  lines.push(
    '',
    `Build cost grows ${builds.linear ? 'linearly' : 'faster than linearly'} (seconds per article: ${builds.secondsPerArticle.join(', ')}).`,
  );
  if (search?.here) {
    const s = search.here;
    lines.push('', '| Search (1,000 articles with citations and terms) | Value |', '| --- | ---: |');
    lines.push(
      `| First query, results after the debounce (ms) | ${s.coldAfterDebounceMs} |`,
      `| Later queries, results after the debounce, median (ms) | ${s.warmAfterDebounceMs} |`,
      `| Pagefind bytes, first query (KB) | ${s.firstQueryKb} |`,
      `| Pagefind bytes, later query median (KB) | ${s.medianQueryKb} |`,
      '',
      `The search UI waits ${s.debounceMs} ms after the last keystroke (Starlight's ${search.starlight?.debounceMs ?? 300} ms); times are from typing to the first result shown (with the number of results), less that wait. The first query's bytes include what Pagefind loads to start (its WebAssembly and entry files); bytes are response bodies as stored (Pagefind's index files are already compressed).`,
    );
  }
  if (lh) {
    lines.push(
      '',
      '| Lighthouse (mobile, real site) | Perf | A11y | Best pr. | SEO | LCP (ms) | TBT (ms) | CLS |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const [name, r] of Object.entries(lh))
      lines.push(
        `| ${name} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}

mkdirSync(TMP, { recursive: true });
if (process.env.BENCH_REPORT_ONLY) {
  // Re-renders the tables from the last run's results, measuring nothing.
  const last = JSON.parse(readFileSync(path.join(ROOT, 'bench/results/latest.json'), 'utf8'));
  for (const c of last.builds.comparisons ?? []) {
    const cpu = (name) => last.builds.rows.find((r) => r.corpus === name)?.cpuSeconds;
    c.citationsAndTermsOverPlainCpu ??= ratio(
      cpu(`generated ${c.articles}, citations and terms`),
      cpu(`generated ${c.articles}, plain`),
    );
  }
  await writeResults(last);
  process.exit(0);
}
if (process.env.BENCH_ONLY_BROWSER) {
  // For checking the browser half of the benchmark against an existing build, without timing builds.
  const ui = SEARCH_UIS[process.env.BENCH_SEARCH_UI ?? 'here'];
  console.log(await searchBenchmark(process.env.BENCH_ONLY_BROWSER, ui));
  if (!process.env.BENCH_SKIP_LIGHTHOUSE) console.log(await lighthouseBenchmark(process.env.BENCH_ONLY_BROWSER));
  process.exit(0);
}
// Builds are the slow part: keep their numbers as soon as they exist. BENCH_REUSE_BUILDS=1 re-measures
// search and Lighthouse against the last run's builds (same corpora) and keeps its build numbers.
let builds;
if (process.env.BENCH_REUSE_BUILDS) {
  builds = JSON.parse(readFileSync(path.join(TMP, 'builds.json'), 'utf8'));
  builds.measuredAt ??= statSync(path.join(TMP, 'builds.json')).mtime.toISOString();
} else {
  builds = { ...(await buildBenchmarks()), measuredAt: new Date().toISOString() };
  writeFileSync(path.join(TMP, 'builds.json'), JSON.stringify(builds, null, 2));
}
// Search on the 1,000-article corpus: ours with citations and terms (the figure the site is held to), and
// ours and Starlight's on the same plain corpus (the ratio).
const search = SIZES.includes(1000)
  ? {
      here: await searchBenchmark(path.join(TMP, 'dist-1000')),
      plain: await searchBenchmark(path.join(TMP, 'dist-1000-plain')),
      starlight: await searchBenchmark(path.join(TMP, 'starlight-1000/dist'), SEARCH_UIS.starlight),
    }
  : undefined;
console.log(search);
const lh = process.env.BENCH_SKIP_LIGHTHOUSE ? undefined : await lighthouseBenchmark(path.join(TMP, 'dist-real'));
const result = { measuredAt: new Date().toISOString(), node: process.version, builds, search, lighthouse: lh };
console.log(markdown(result));
await writeResults(result);
