// The benchmark (npm run bench; not part of npm test). Measures:
//  1. build time and peak memory for the real site and for generated corpora of 100, 1,000 and 5,000 articles;
//  2. search speed in headless Chromium on the 1,000-article corpus (median time from typing to rendered
//     results over 20 queries, cold and warm) and the bytes Pagefind loads per query;
//  3. Lighthouse mobile scores and Core Web Vitals for four kinds of page.
// Writes bench/results/latest.json and bench/results/latest.md. BENCH_SIZES=100,1000 limits the corpora.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './corpus.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const TMP = path.join(ROOT, 'bench/results/tmp');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);

/** Runs `astro build`, sampling the peak resident memory (VmHWM) of the build process. */
function timedBuild(env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let peakKb = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const sample = setInterval(() => {
      try {
        const hwm = readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/);
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // the process has just exited
      }
    }, 100);
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code !== 0) reject(new Error(`build failed (${code}):\n${stderr.slice(-2000)}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakMb: Math.round(peakKb / 1024) });
    });
  });
}

async function buildBenchmarks() {
  const rows = [];
  const real = await timedBuild({ OUT_DIR: path.join(TMP, 'dist-real') });
  const realPages = readFileSync(path.join(ROOT, 'content/shipped-paths.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('/')).length;
  rows.push({
    corpus: 'real site',
    articles: realPages,
    ...real,
    pagesPerSecond: +(realPages / real.seconds).toFixed(1),
  });
  for (const size of SIZES) {
    const content = path.join(TMP, `corpus-${size}`);
    generateCorpus(content, size, path.join(ROOT, 'content'));
    const result = await timedBuild({ HTW_CONTENT_DIR: content, OUT_DIR: path.join(TMP, `dist-${size}`) });
    rows.push({
      corpus: `generated ${size}`,
      articles: size,
      ...result,
      pagesPerSecond: +(size / result.seconds).toFixed(1),
    });
    console.log(`built ${size} articles in ${result.seconds.toFixed(1)} s, peak ${result.peakMb} MB`);
  }
  // Linear growth: seconds per article stays roughly constant as the corpus grows.
  const generated = rows.filter((r) => r.corpus.startsWith('generated'));
  const perArticle = generated.map((r) => r.seconds / r.articles);
  const linear = perArticle.length < 2 || perArticle.at(-1) <= perArticle[0] * 1.5;
  return { rows, linear, secondsPerArticle: perArticle.map((x) => +x.toFixed(4)) };
}

async function withBrowser(fn) {
  const { launchBrowser, serveSite } = await import('../tests/helpers/browser.ts');
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

async function searchBenchmark(dist) {
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
      await page.goto(`${site.url}search/`);
      await page.waitForFunction(() => customElements.get('search-page') !== undefined);
      const input = page.locator('search-page input[type="search"]');
      for (const [i, query] of QUERIES.entries()) {
        await input.fill('');
        await page.waitForFunction(() => !document.querySelector('search-page [data-search-results] li'));
        const start = performance.now();
        await input.fill(query);
        await page.waitForFunction(
          (q) => document.querySelector('search-page [data-search-status]')?.textContent?.includes(q),
          query,
        );
        const end = performance.now();
        times.push({ query, ms: end - start, cold: i === 0 });
        bytes.push(await bytesSince(i === 0 ? 0 : start, end));
      }
      await context.close();
      const warm = times
        .filter((t) => !t.cold)
        .map((t) => t.ms)
        .sort((a, b) => a - b);
      return {
        coldMs: Math.round(times[0].ms),
        warmMedianMs: Math.round(warm[Math.floor(warm.length / 2)]),
        // Includes the 150 ms debounce the UI waits before searching while the reader types.
        debounceMs: 150,
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
  const { launchBrowser, serveSite } = await import('../tests/helpers/browser.ts');
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

function markdown({ builds, search, lighthouse: lh, measuredAt }) {
  const lines = [
    `Builds measured ${builds.measuredAt}, search and Lighthouse ${measuredAt}, on this project's 2-core machine.`,
    '',
    '| Corpus | Articles | Build (s) | Pages/s | Peak memory (MB) |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of builds.rows)
    lines.push(`| ${r.corpus} | ${r.articles} | ${r.seconds.toFixed(1)} | ${r.pagesPerSecond} | ${r.peakMb} |`);
  lines.push(
    '',
    `Build cost grows ${builds.linear ? 'linearly' : 'faster than linearly'} (seconds per article: ${builds.secondsPerArticle.join(', ')}).`,
  );
  if (search) {
    lines.push('', '| Search (1,000 articles) | Value |', '| --- | ---: |');
    lines.push(
      `| First query, typing to results (ms) | ${search.coldMs} |`,
      `| Later queries, median (ms) | ${search.warmMedianMs} |`,
    );
    lines.push(
      `| Pagefind bytes, first query (KB) | ${search.firstQueryKb} |`,
      `| Pagefind bytes, later query median (KB) | ${search.medianQueryKb} |`,
    );
    lines.push(
      '',
      `Times include the UI's ${search.debounceMs} ms typing debounce. The first query's bytes include what Pagefind loads to start (its WebAssembly and entry files); bytes are response bodies as stored (Pagefind's index files are already compressed).`,
    );
  }
  if (lh) {
    lines.push(
      '',
      '| Lighthouse (mobile) | Perf | A11y | Best pr. | SEO | LCP (ms) | TBT (ms) | CLS |',
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
if (process.env.BENCH_ONLY_BROWSER) {
  // For checking the browser half of the benchmark against an existing build, without timing builds.
  console.log(await searchBenchmark(process.env.BENCH_ONLY_BROWSER));
  console.log(await lighthouseBenchmark(process.env.BENCH_ONLY_BROWSER));
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
const search = SIZES.includes(1000) ? await searchBenchmark(path.join(TMP, 'dist-1000')) : undefined;
const lh = await lighthouseBenchmark(path.join(TMP, 'dist-real'));
const result = { measuredAt: new Date().toISOString(), node: process.version, builds, search, lighthouse: lh };
writeFileSync(path.join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(path.join(ROOT, 'bench/results/latest.md'), markdown(result));
console.log(markdown(result));

// README shows the latest table between its bench markers.
const readmePath = path.join(ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
writeFileSync(
  readmePath,
  readme.replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    `<!-- bench:start -->\n${markdown(result)}<!-- bench:end -->`,
  ),
);
