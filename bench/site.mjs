#!/usr/bin/env node
// `npm run bench:site`: the built guide against a vanilla Docusaurus site's
// /docs/intro (create-docusaurus classic, same version). Counts the server
// HTML elements of every guide page, then runs Lighthouse on mobile and
// desktop, in alternating runs, on the overview and on the heaviest page
// (the one with the most elements). Also times our cold build with
// Docusaurus Faster on and off. Prints medians with their spread and writes
// bench/site.json; full Lighthouse reports land in bench/.work/.
//
//   node bench/site.mjs [--runs N] [--build-runs N]
//
// --build-runs 0 times no builds and measures build/ as it is (built if missing).
//
// Lighthouse 12.2.3 runs from its CLI (a fresh Chromium each run, which it
// also closes), not through @lhci/cli, which brings Lighthouse 12.1.0 and
// cannot alternate two sites; the pages are served by serve-handler (what
// `docusaurus serve` uses) behind compression, gzipped as any host would.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as cheerio from 'cheerio';
import compression from 'compression';
import { execa } from 'execa';
import serveHandler from 'serve-handler';
import {
  ROOT,
  machine,
  mayKeepFigures,
  versionOf,
  writeReport,
} from './lib/report.mjs';

const { values: args } = parseArgs({
  options: {
    // Lighthouse's Chromium here now and then paints ~2 s after load, on any
    // site alike: five runs keep one such run from setting the median.
    runs: { type: 'string', default: '5' },
    'build-runs': { type: 'string', default: '1' },
    // Measure on a busy machine anyway, and write nothing (see mayKeepFigures).
    'allow-busy': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const BUILD_RUNS = Number(args['build-runs']);
const DOCUSAURUS = '3.10.2';
const WORK = path.join(ROOT, 'bench', '.work');
const VANILLA = path.join(WORK, 'vanilla');
const OVERVIEW = '/docs/securing-pages-and-api-routes';
/** @type {Record<string, { dir: string, page: string, url?: string }>} filled in once the heaviest page is known */
const SITES = {
  vanilla: { dir: VANILLA, page: '/docs/intro' },
  overview: { dir: ROOT, page: OVERVIEW },
};
// The network is closed here: the --disable-… flags keep Chromium from trying it mid-run.
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const sh = {
  stdout: 'inherit',
  stderr: 'inherit',
  preferLocal: true,
  forceKillAfterDelay: 5_000,
};
let chromium;
const run = { date: new Date().toISOString(), machine: machine() };
const keep = mayKeepFigures(run.machine, args['allow-busy']);

/** Median and spread of a list of numbers. @param {number[]} values */
function summary(values) {
  const s = values.toSorted((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s.at(-1) };
}

/** @param {{ median: number, min: number, max: number }} s */
const show = ({ median, min, max }, digits = 0) =>
  `${median.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;

/** @param {string} cwd */
const docusaurus = (cwd, command, env = {}) =>
  execa('docusaurus', [command], {
    ...sh,
    cwd,
    env,
    stdout: 'pipe',
    stderr: 'pipe',
    all: true,
  });

async function ensureVanillaSite() {
  if (!existsSync(path.join(VANILLA, 'package.json'))) {
    await execa({
      ...sh,
      cwd: WORK,
      stdin: 'ignore',
    })`npx --yes create-docusaurus@${DOCUSAURUS} vanilla classic --typescript --skip-install`;
  }
  if (!existsSync(path.join(VANILLA, 'node_modules', '.bin', 'docusaurus'))) {
    const file = path.join(VANILLA, 'package.json');
    const pkg = JSON.parse(await readFile(file, 'utf8'));
    // As in our package.json: the newest @swc/html lacks most platform packages.
    pkg.overrides = { '@swc/html': '1.16.2' };
    await writeFile(file, JSON.stringify(pkg, null, 2));
    await execa({ ...sh, cwd: VANILLA })`npm install --no-audit --no-fund`;
  }
  if (!existsSync(path.join(VANILLA, 'build', 'index.html'))) {
    await docusaurus(VANILLA, 'build');
  }
}

/** Cold builds of our site, Faster off then on, so build/ ends as configured. */
async function timeColdBuilds() {
  const seconds = { webpack: [], faster: [] };
  for (let i = 0; i < BUILD_RUNS; i++) {
    for (const bundler of /** @type {const} */ (['webpack', 'faster'])) {
      await docusaurus(ROOT, 'clear');
      const { all, durationMs } = await docusaurus(ROOT, 'build', {
        DOCUSAURUS_FASTER: bundler === 'faster' ? 'true' : 'false',
      });
      seconds[bundler].push(durationMs / 1000);
      // webpack reports progress through webpackbar; Rspack prints none.
      if (all.includes('[webpackbar]') !== (bundler === 'webpack')) {
        throw new Error(`The ${bundler} build used the other bundler`);
      }
      console.log(
        `cold build, ${bundler}: ${seconds[bundler].at(-1).toFixed(1)} s`,
      );
    }
  }
  return {
    webpack: summary(seconds.webpack),
    faster: summary(seconds.faster),
    seconds,
  };
}

/** @param {string} dir a built site */
async function serve(dir) {
  const gzip = compression();
  const server = http.createServer((req, res) =>
    gzip(req, res, () =>
      serveHandler(req, res, {
        public: dir,
        cleanUrls: true,
        directoryListing: false,
      }),
    ),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Server HTML elements of every built page under /docs/, heaviest first. */
async function elementsPerPage() {
  const dir = path.join(ROOT, 'build', 'docs');
  const counts = [];
  for (const file of await readdir(dir)) {
    if (!file.endsWith('.html')) continue;
    const $ = cheerio.load(await readFile(path.join(dir, file), 'utf8'));
    counts.push([`/docs/${file.slice(0, -'.html'.length)}`, $('*').length]);
  }
  return Object.fromEntries(counts.toSorted(([, a], [, b]) => b - a));
}

/** @param {string} site a key of SITES @param {'mobile' | 'desktop'} formFactor @param {number} i */
async function lighthouse(site, formFactor, i) {
  const output = path.join(
    WORK,
    'lighthouse',
    `${site}-${formFactor}-${i}.json`,
  );
  await rm(output, { force: true });
  // A run with a runtime error exits non-zero but still writes its report.
  const { message } = await execa(
    'lighthouse',
    [
      SITES[site].url,
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${CHROME_FLAGS}`,
      '--quiet',
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    ],
    {
      ...sh,
      cwd: ROOT,
      reject: false,
      env: { CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    },
  );
  if (!existsSync(output)) throw new Error(message);
  const lhr = JSON.parse(await readFile(output, 'utf8'));
  chromium ??= lhr.environment.hostUserAgent;
  if (lhr.runtimeError) return { runtimeError: lhr.runtimeError.code };
  const score = (/** @type {string} */ id) =>
    Math.round(lhr.categories[id].score * 100);
  const figures = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    totalBlockingTimeMs: lhr.audits['total-blocking-time'].numericValue,
    scriptTransferBytes: lhr.audits['resource-summary'].details.items.find(
      (/** @type {{ resourceType: string }} */ i) =>
        i.resourceType === 'script',
    ).transferSize,
    domElements: lhr.audits['dom-size'].numericValue,
  };
  return { figures };
}

await mkdir(path.join(WORK, 'lighthouse'), { recursive: true });
const builds = BUILD_RUNS > 0 ? await timeColdBuilds() : null;
if (!existsSync(path.join(ROOT, 'build', 'index.html')))
  await docusaurus(ROOT, 'build');
await ensureVanillaSite();
const elements = await elementsPerPage();
const [heaviest] = Object.keys(elements);
if (heaviest !== OVERVIEW) SITES.heaviest = { dir: ROOT, page: heaviest };
console.log('Server HTML elements per guide page:');
console.table(elements);

const servers = [];
const runs = [];
try {
  for (const [site, { dir, page }] of Object.entries(SITES)) {
    const server = await serve(path.join(dir, 'build'));
    servers.push(server);
    const url = `http://127.0.0.1:${server.address().port}${page}`;
    // A missing page would still get scores (those of the 404 page).
    const response = await fetch(url);
    if (!response.ok || response.headers.get('content-encoding') !== 'gzip') {
      throw new Error(`${url}: ${response.status}, not gzipped 200`);
    }
    SITES[site].url = url;
  }
  for (let i = 1; i <= RUNS; i++) {
    for (const formFactor of /** @type {const} */ (['mobile', 'desktop'])) {
      for (const site of Object.keys(SITES)) {
        const result = await lighthouse(site, formFactor, i);
        runs.push({ site, formFactor, run: i, ...result });
        console.log(
          `Lighthouse ${formFactor} ${site} ${i}/${RUNS}: ${JSON.stringify(result)}`,
        );
      }
    }
  }
} finally {
  for (const server of servers) server.close().closeAllConnections();
}

// Runs that Lighthouse could not finish are kept in `runs` but not summarised.
const measured = runs.filter((r) => r.figures);
if (measured.length === 0) throw new Error('No Lighthouse run finished');
const METRICS = Object.keys(measured[0].figures);
const medians = {};
for (const formFactor of ['mobile', 'desktop']) {
  for (const site of Object.keys(SITES)) {
    const mine = measured.filter(
      (r) => r.site === site && r.formFactor === formFactor,
    );
    medians[formFactor] ??= {};
    medians[formFactor][site] = Object.fromEntries(
      METRICS.map((m) => [m, summary(mine.map((r) => r.figures[m]))]),
    );
  }
}

if (keep)
  await writeReport('site', {
    ...run,
    machine: {
      ...run.machine,
      chromium,
      lighthouse: versionOf('lighthouse'),
      docusaurus: DOCUSAURUS,
    },
    method: {
      pages: Object.fromEntries(
        Object.entries(SITES).map(([site, { page }]) => [site, page]),
      ),
      vanillaSite: `create-docusaurus@${DOCUSAURUS} classic, built as generated`,
      server: 'serve-handler (cleanUrls) behind compression, on 127.0.0.1',
      lighthouse:
        'CLI, default (mobile) and --preset=desktop, simulated throttling, a fresh Chromium per run, sites alternating',
      summary: 'median (min–max) over the runs without a runtime error',
    },
    builds,
    serverHtmlElements: elements,
    medians,
    runs,
  });

console.log(
  `\nMedian (min–max) of ${RUNS} Lighthouse runs per site and form factor:`,
);
console.table(
  ['mobile', 'desktop'].flatMap((formFactor) =>
    METRICS.map((m) => ({
      metric: `${formFactor} ${m}`,
      ...Object.fromEntries(
        Object.keys(SITES).map((site) => [
          site,
          show(medians[formFactor][site][m]),
        ]),
      ),
    })),
  ),
);
if (builds) {
  console.log(
    `Cold build of our site, median (min–max) of ${BUILD_RUNS}, seconds:`,
  );
  console.table({
    'Faster on': show(builds.faster, 1),
    'Faster off (webpack)': show(builds.webpack, 1),
    ratio: (builds.faster.median / builds.webpack.median).toFixed(2),
  });
}
