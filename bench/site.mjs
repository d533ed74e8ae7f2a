#!/usr/bin/env node
// `npm run bench:site`: the guide page of our built site against a vanilla
// Docusaurus site (create-docusaurus classic, same Docusaurus version), with
// Lighthouse on mobile and desktop, plus the cold build time with Docusaurus
// Faster on and off. Prints a table and writes everything to bench/site.json.
// It is a benchmark, not a test: a missed target is printed, the exit code
// stays 0; only a failure to measure (a build that fails…) exits non-zero.
//
//   node bench/site.mjs [--runs N] [--build-runs N] [--skip-build-timing] [--reuse-builds]
//
// The vanilla site is created and installed once under bench/.work/ (ignored
// by git); build logs and full Lighthouse reports land there too.

import { cleanupAll, cleanupOnSignals, onCleanup } from './lib/cleanup.mjs';
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {
  CATEGORY_IDS,
  FIGURE_KEYS,
  evaluateTargets,
  extractFigures,
  formatTable,
  medianFigures,
  median,
  missedTargets,
  buildRatio,
  formatValue,
} from './lib/site-stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = path.join(ROOT, 'bench', '.work');
const LOGS = path.join(WORK, 'logs');
const REPORTS = path.join(WORK, 'lighthouse');
const VANILLA = path.join(WORK, 'vanilla');
const OUT_FILE = path.join(ROOT, 'bench', 'site.json');
const DOCUSAURUS_VERSION = '3.10.2';
const OURS_PAGE = '/docs/securing-pages-and-api-routes';
const VANILLA_PAGE = '/docs/intro';
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const MINUTE = 60_000;

// ---------------------------------------------------------------- options

const USAGE = `Usage: node bench/site.mjs [options]

  --runs N             Lighthouse runs per site and form factor (default 3, 1–15)
  --build-runs N       cold builds of our site with Faster on and off (default 1, 1–5)
  --skip-build-timing  no cold builds: build our site once, no build ratio
  --reuse-builds       measure the existing build/ directories as they are
                       (no builds at all; for iterating on the benchmark)
  -h, --help           this text`;

/**
 * @param {string | undefined} raw
 * @param {string} name
 * @param {number} fallback
 * @param {number} max
 */
function intOption(raw, name, fallback, max) {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new UsageError(
      `--${name} must be an integer from 1 to ${max}, not ${raw}`,
    );
  }
  return n;
}

class UsageError extends Error {}

function readOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      'build-runs': { type: 'string' },
      'skip-build-timing': { type: 'boolean', default: false },
      'reuse-builds': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  return {
    help: values.help,
    runs: intOption(values.runs, 'runs', 3, 15),
    buildRuns: intOption(values['build-runs'], 'build-runs', 1, 5),
    skipBuildTiming: values['skip-build-timing'] || values['reuse-builds'],
    reuseBuilds: values['reuse-builds'],
  };
}

// ---------------------------------------------------------------- cleanup

cleanupOnSignals('servers, browsers and builds');

// ---------------------------------------------------------------- processes

/**
 * Runs a command in its own process group, output to a log file, bounded by
 * a timeout. Resolves with the wall time; rejects (with the log's tail) on a
 * non-zero exit or a timeout. The whole group is killed on timeout or cleanup.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, log: string, env?: NodeJS.ProcessEnv, timeoutMs: number }} opts
 * @returns {Promise<{ seconds: number, output: string }>}
 */
async function run(command, args, { cwd, log, env = process.env, timeoutMs }) {
  await mkdir(path.dirname(log), { recursive: true });
  const logStream = createWriteStream(log);
  logStream.write(`$ (cd ${cwd} && ${command} ${args.join(' ')})\n`);
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killGroup = (/** @type {NodeJS.Signals} */ signal) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const unregister = onCleanup(() => killGroup('SIGKILL'));
  let output = '';
  /** @param {Buffer} chunk */
  const collect = (chunk) => {
    logStream.write(chunk);
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup('SIGTERM');
    setTimeout(() => killGroup('SIGKILL'), 5_000).unref();
  }, timeoutMs);
  try {
    const code = await new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (c, sig) => resolve(c ?? sig));
    });
    const seconds = (performance.now() - started) / 1000;
    if (timedOut || code !== 0) {
      const tail = output.trimEnd().split('\n').slice(-30).join('\n');
      const why = timedOut
        ? `timed out after ${timeoutMs / 1000} s`
        : `exited with ${code}`;
      throw new Error(
        `${command} ${args.join(' ')} ${why} (in ${cwd}; log ${path.relative(ROOT, log)}):\n${tail}`,
      );
    }
    return { seconds, output };
  } finally {
    clearTimeout(timer);
    unregister();
    await new Promise((resolve) => logStream.end(resolve));
  }
}

/**
 * The first line of a command's stdout, or null.
 * @param {string} command
 * @param {string[]} args
 */
function firstLine(command, args, cwd = ROOT) {
  try {
    const out = execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 20_000,
    });
    return out.trim().split('\n')[0] ?? null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- builds

const OURS_BIN = path.join(ROOT, 'node_modules', '.bin', 'docusaurus');
const VANILLA_BIN = path.join(VANILLA, 'node_modules', '.bin', 'docusaurus');

/**
 * Which bundler a build used, from its own output: Docusaurus reports webpack
 * progress with webpackbar ("[webpackbar] …" lines) and Rspack progress with
 * Rspack's ProgressPlugin, which prints nothing without a TTY. (Not read from
 * .docusaurus/, which another build of the same site may have rewritten.)
 * @param {string} output
 * @returns {'webpack' | 'rspack'}
 */
function bundlerFromOutput(output) {
  return output.includes('[webpackbar]') ? 'webpack' : 'rspack';
}

/**
 * How the "Faster off" build turns Faster off. Preferred: the config reads
 * DOCUSAURUS_FASTER. Until it does, a generated wrapper config (in the work
 * dir) re-exports ours with `future.faster: false`, passed with --config.
 * Docusaurus resolves relative plugin, theme and preset paths from the config
 * file's directory, so the wrapper makes those absolute (from the site root).
 * @returns {Promise<{ method: 'env' | 'wrapper-config', args: string[] }>}
 */
async function fasterOffMethod() {
  const config = await readFile(
    path.join(ROOT, 'docusaurus.config.ts'),
    'utf8',
  );
  if (config.includes('DOCUSAURUS_FASTER')) return { method: 'env', args: [] };
  const wrapper = path.join(WORK, 'docusaurus.faster-off.config.ts');
  const target = path
    .relative(WORK, path.join(ROOT, 'docusaurus.config'))
    .split(path.sep)
    .join('/');
  await writeFile(
    wrapper,
    `// Generated by bench/site.mjs: our config with Docusaurus Faster off.
import path from 'node:path';
import config from '${target}';

const root = ${JSON.stringify(ROOT)};
const fromRoot = (name: unknown) =>
  typeof name === 'string' && name.startsWith('.') ? path.resolve(root, name) : name;
const absolute = (entries: unknown[] | undefined) =>
  entries?.map((e) => (Array.isArray(e) ? [fromRoot(e[0]), ...e.slice(1)] : fromRoot(e)));

export default {
  ...config,
  presets: absolute(config.presets),
  plugins: absolute(config.plugins),
  themes: absolute(config.themes),
  future: { ...config.future, faster: false },
};
`,
  );
  return { method: 'wrapper-config', args: ['--config', wrapper] };
}

/**
 * A cold build of our site: `docusaurus clear`, then `docusaurus build`.
 * @param {boolean} faster
 * @param {string[]} extraArgs
 * @param {string} tag
 */
async function coldBuildOurs(faster, extraArgs, tag) {
  const env = { ...process.env };
  if (faster) delete env.DOCUSAURUS_FASTER;
  else env.DOCUSAURUS_FASTER = 'false';
  await run(OURS_BIN, ['clear'], {
    cwd: ROOT,
    log: path.join(LOGS, `ours-clear-${tag}.log`),
    timeoutMs: 2 * MINUTE,
  });
  const log = path.join(LOGS, `ours-build-${tag}.log`);
  const { seconds } = await run(
    OURS_BIN,
    ['build', ...(faster ? [] : extraArgs)],
    {
      cwd: ROOT,
      env,
      log,
      timeoutMs: 30 * MINUTE,
    },
  );
  return { seconds, bundler: bundlerFromOutput(await readFile(log, 'utf8')) };
}

/**
 * @param {number} runs
 */
async function timeColdBuilds(runs) {
  const off = await fasterOffMethod();
  /** @type {Array<{ run: number, faster: boolean, seconds: number, bundler: 'webpack' | 'rspack' }>} */
  const builds = [];
  for (let i = 1; i <= runs; i++) {
    // Webpack first, so the build left in build/ is the configured (Faster) one.
    for (const faster of [false, true]) {
      const label = faster ? 'Faster on' : `Faster off (${off.method})`;
      console.log(`· cold build ${i}/${runs} of our site, ${label}…`);
      const b = await coldBuildOurs(
        faster,
        off.args,
        `${faster ? 'faster' : 'webpack'}-${i}`,
      );
      console.log(`  ${b.seconds.toFixed(1)} s (bundler: ${b.bundler})`);
      builds.push({ run: i, faster, ...b });
    }
  }
  const fasterSeconds = median(
    builds.filter((b) => b.faster).map((b) => b.seconds),
  );
  const webpackSeconds = median(
    builds.filter((b) => !b.faster).map((b) => b.seconds),
  );
  const valid = builds.every((b) => (b.bundler === 'rspack') === b.faster);
  return {
    runs,
    fasterOffMethod: off.method,
    builds,
    fasterSeconds,
    webpackSeconds,
    ratio: buildRatio(fasterSeconds, webpackSeconds),
    valid,
    note: valid ? undefined : 'invalid: a build used the wrong bundler',
  };
}

async function ensureVanillaSite() {
  await mkdir(WORK, { recursive: true });
  const env = {
    ...process.env,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  if (!existsSync(path.join(VANILLA, 'package.json'))) {
    console.log(
      `· creating the vanilla site (create-docusaurus@${DOCUSAURUS_VERSION} classic, TypeScript)…`,
    );
    await run(
      'npx',
      [
        '--yes',
        `create-docusaurus@${DOCUSAURUS_VERSION}`,
        'vanilla',
        'classic',
        '--typescript',
        '--skip-install',
      ],
      {
        cwd: WORK,
        env,
        log: path.join(LOGS, 'vanilla-create.log'),
        timeoutMs: 10 * MINUTE,
      },
    );
  }
  if (!existsSync(VANILLA_BIN)) {
    console.log('· installing the vanilla site’s dependencies…');
    const install = () =>
      run('npm', ['install', '--no-audit', '--no-fund'], {
        cwd: VANILLA,
        env,
        log: path.join(LOGS, 'vanilla-install.log'),
        timeoutMs: 20 * MINUTE,
      });
    try {
      await install();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!/@swc\/html/.test(message)) throw error;
      console.log(
        '  lock problem with @swc/html: pinning it with an override and retrying…',
      );
      const pkgPath = path.join(VANILLA, 'package.json');
      const pkg = JSON.parse(await readFile(pkgPath, 'utf8'));
      pkg.overrides = { ...pkg.overrides, '@swc/html': '1.16.2' };
      await writeFile(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
      await install();
    }
  }
}

// ---------------------------------------------------------------- static server

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.xml',
  '.txt',
  '.svg',
]);

/**
 * @param {string} file
 * @returns {Promise<boolean>}
 */
async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * A static server for a Docusaurus build with trailingSlash: false, like
 * `docusaurus serve` (/docs/intro → docs/intro.html, / → index.html, 404.html
 * for misses) but with gzip for text types, which serve-handler lacks.
 * Hashed /assets/ are cacheable for a year, the rest `no-cache`.
 * @param {string} rootDir
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
async function startStaticServer(rootDir) {
  const root = path.resolve(rootDir);
  /** @type {Map<string, Buffer>} */
  const gzipCache = new Map();

  /** @param {string} pathname */
  const resolveFile = async (pathname) => {
    const rel = path.posix.normalize(pathname).replace(/^\/+/, '');
    const base = path.join(root, rel);
    if (base !== root && !base.startsWith(root + path.sep)) return null;
    const candidates = pathname.endsWith('/')
      ? [path.join(base, 'index.html')]
      : [base, `${base}.html`, path.join(base, 'index.html')];
    for (const c of candidates) if (await isFile(c)) return c;
    return null;
  };

  const server = http.createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (pathname.length > 1 && pathname.endsWith('/')) {
        res
          .writeHead(301, {
            Location: pathname.replace(/\/+$/, '') + url.search,
          })
          .end();
        return;
      }
      let status = 200;
      let file = await resolveFile(pathname);
      if (file === null) {
        status = 404;
        file = path.join(root, '404.html');
        if (!(await isFile(file))) {
          res
            .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
            .end('Not found');
          return;
        }
      }
      const ext = path.extname(file).toLowerCase();
      /** @type {http.OutgoingHttpHeaders} */
      const headers = {
        'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': pathname.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      };
      let body = await readFile(file);
      if (COMPRESSIBLE.has(ext)) {
        headers.Vary = 'Accept-Encoding';
        if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          let gz = gzipCache.get(file);
          if (!gz) {
            gz = zlib.gzipSync(body, { level: 6 });
            gzipCache.set(file, gz);
          }
          body = gz;
          headers['Content-Encoding'] = 'gzip';
        }
      }
      headers['Content-Length'] = body.length;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('no server address');
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve(undefined));
    });
  const unregister = onCleanup(close);
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: async () => {
      unregister();
      await close();
    },
  };
}

/**
 * Fails early when a page is not served, or not gzipped.
 * @param {string} url
 */
async function checkServed(url) {
  const res = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  if (res.headers.get('content-encoding') !== 'gzip')
    throw new Error(`${url} is not gzipped`);
}

// ---------------------------------------------------------------- lighthouse

/**
 * One Lighthouse run in a fresh Chromium, killed afterwards whatever happens.
 * @param {string} url
 * @param {'mobile' | 'desktop'} formFactor
 */
async function runLighthouse(url, formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    handleSIGINT: false,
    logLevel: 'silent',
  });
  const unregister = onCleanup(() => chrome.kill());
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORY_IDS],
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    unregister();
    await chrome.kill();
  }
}

// ---------------------------------------------------------------- main

/** @typedef {import('./lib/site-stats.mjs').Figures} Figures */
/** @typedef {'ours' | 'vanilla'} Site */
/** @typedef {'mobile' | 'desktop'} FormFactor */

async function main() {
  let options;
  try {
    options = readOptions();
  } catch (error) {
    console.error(
      `${error instanceof Error ? error.message : error}\n\n${USAGE}`,
    );
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (!existsSync(CHROME_PATH)) {
    console.error(
      `No Chromium at ${CHROME_PATH}; install one or set CHROME_PATH.`,
    );
    return 1;
  }
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  await mkdir(WORK, { recursive: true });
  await rm(REPORTS, { recursive: true, force: true });
  await mkdir(REPORTS, { recursive: true });

  // 1–3. Builds.
  /** @type {Awaited<ReturnType<typeof timeColdBuilds>> | null} */
  let buildTiming = null;
  if (!options.reuseBuilds) {
    if (options.skipBuildTiming) {
      console.log('· building our site (no cold build timing)…');
      const env = { ...process.env };
      delete env.DOCUSAURUS_FASTER;
      const { seconds } = await run(OURS_BIN, ['build'], {
        cwd: ROOT,
        env,
        log: path.join(LOGS, 'ours-build.log'),
        timeoutMs: 30 * MINUTE,
      });
      console.log(`  ${seconds.toFixed(1)} s`);
    } else {
      buildTiming = await timeColdBuilds(options.buildRuns);
    }
    await ensureVanillaSite();
    console.log('· building the vanilla site…');
    const { seconds } = await run(VANILLA_BIN, ['build'], {
      cwd: VANILLA,
      log: path.join(LOGS, 'vanilla-build.log'),
      timeoutMs: 30 * MINUTE,
    });
    console.log(`  ${seconds.toFixed(1)} s`);
  }
  const oursBuild = path.join(ROOT, 'build');
  const vanillaBuild = path.join(VANILLA, 'build');
  for (const dir of [oursBuild, vanillaBuild]) {
    if (!(await isFile(path.join(dir, 'index.html'))))
      throw new Error(`No build at ${dir}`);
  }

  // 4. Serve both.
  const oursServer = await startStaticServer(oursBuild);
  const vanillaServer = await startStaticServer(vanillaBuild);
  /** @type {Record<Site, string>} */
  const urls = {
    ours: `${oursServer.origin}${OURS_PAGE}`,
    vanilla: `${vanillaServer.origin}${VANILLA_PAGE}`,
  };
  await checkServed(urls.ours);
  await checkServed(urls.vanilla);

  // 5. Lighthouse, alternating ours and vanilla within each round.
  /** @type {FormFactor[]} */
  const formFactors = ['mobile', 'desktop'];
  /** @type {Site[]} */
  const sites = ['ours', 'vanilla'];
  /** @type {Array<{ site: Site, formFactor: FormFactor, run: number, url: string, figures: Figures, benchmarkIndex: number | null, runtimeError: string | null, warnings: string[] }>} */
  const runs = [];
  let chromium = firstLine(CHROME_PATH, ['--version']);
  const total = options.runs * formFactors.length * sites.length;
  try {
    for (let i = 1; i <= options.runs; i++) {
      for (const formFactor of formFactors) {
        for (const site of sites) {
          const url = urls[site];
          process.stdout.write(
            `· Lighthouse ${runs.length + 1}/${total}: ${site}, ${formFactor}, run ${i}… `,
          );
          const lhr = await runLighthouse(url, formFactor);
          chromium ??= lhr.environment?.hostUserAgent ?? null;
          await writeFile(
            path.join(REPORTS, `${site}-${formFactor}-${i}.json`),
            JSON.stringify(lhr),
          );
          const figures = extractFigures(lhr);
          runs.push({
            site,
            formFactor,
            run: i,
            url,
            figures,
            benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
            runtimeError: lhr.runtimeError
              ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
              : null,
            warnings: lhr.runWarnings ?? [],
          });
          console.log(
            lhr.runtimeError
              ? `runtime error ${lhr.runtimeError.code}`
              : `perf ${figures.performance}, a11y ${figures.accessibility}, bp ${figures.bestPractices}, seo ${figures.seo}`,
          );
        }
      }
    }
  } finally {
    await oursServer.close();
    await vanillaServer.close();
  }

  // 6. Medians, targets, table, JSON.
  /** @param {Site} site @param {FormFactor} formFactor */
  const medianOf = (site, formFactor) =>
    medianFigures(
      runs
        .filter(
          (r) =>
            r.site === site &&
            r.formFactor === formFactor &&
            r.runtimeError === null,
        )
        .map((r) => r.figures),
    );
  const medians = {
    mobile: {
      ours: medianOf('ours', 'mobile'),
      vanilla: medianOf('vanilla', 'mobile'),
    },
    desktop: {
      ours: medianOf('ours', 'desktop'),
      vanilla: medianOf('vanilla', 'desktop'),
    },
  };
  const rows = evaluateTargets({
    ...medians,
    build: buildTiming && {
      fasterSeconds: buildTiming.fasterSeconds,
      webpackSeconds: buildTiming.webpackSeconds,
      valid: buildTiming.valid,
      note: buildTiming.note,
    },
  });
  const missed = missedTargets(rows);

  const cpus = os.cpus();
  const require = createRequire(import.meta.url);
  const result = {
    date: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      cpuModel: cpus[0]?.model ?? null,
      cores: cpus.length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      loadAverageAtStart: loadAtStart.map((l) => Number(l.toFixed(2))),
      node: process.version,
      chromium,
      lighthouse: require('lighthouse/package.json').version,
      docusaurus: DOCUSAURUS_VERSION,
    },
    git: {
      commit: firstLine('git', ['rev-parse', 'HEAD']),
      dirty: (firstLine('git', ['status', '--porcelain']) ?? '') !== '',
    },
    options: { ...options, help: undefined },
    method: {
      pages: { ours: OURS_PAGE, vanilla: VANILLA_PAGE },
      vanillaSite: `create-docusaurus@${DOCUSAURUS_VERSION} classic --typescript, built as generated`,
      server:
        'Node http on 127.0.0.1, gzip (level 6) for text types, trailingSlash false resolution',
      lighthouse:
        'default (mobile) config and desktop-config; simulated throttling; fresh Chromium per run; runs alternate ours/vanilla',
      chromeFlags: CHROME_FLAGS,
      scriptBytes:
        'sum of transferSize of Script requests in the network-requests audit',
      medians: 'median per figure over runs without a runtime error',
    },
    buildTiming,
    lighthouse: { figureKeys: FIGURE_KEYS, runs, medians },
    targets: rows,
    missed: missed.map((r) => r.id),
  };
  await writeFile(OUT_FILE, `${JSON.stringify(result, null, 2)}\n`);

  console.log('');
  console.log(
    `Our ${OURS_PAGE} against vanilla Docusaurus ${VANILLA_PAGE}: medians of ${options.runs} Lighthouse run(s) each` +
      (buildTiming
        ? `; ${buildTiming.runs} cold build(s) each way${buildTiming.runs === 1 ? ' (one cold build each: a single sample, indicative only)' : ''}` +
          `, Faster off via ${buildTiming.fasterOffMethod === 'env' ? 'DOCUSAURUS_FASTER=false' : 'a wrapper config (docusaurus.config.ts does not read DOCUSAURUS_FASTER yet)'}`
        : '; no cold build timing'),
  );
  console.log(
    `${result.machine.cpuModel}, ${result.machine.cores} cores, Node ${process.version}, ${chromium ?? 'Chromium ?'}, Lighthouse ${result.machine.lighthouse}, load average at start ${result.machine.loadAverageAtStart.join(' ')}`,
  );
  console.log('');
  console.log(formatTable(rows));
  console.log('');
  const errors = runs.filter((r) => r.runtimeError !== null);
  if (errors.length > 0) {
    console.log(
      `${errors.length} Lighthouse run(s) had a runtime error and were left out of the medians:`,
    );
    for (const r of errors)
      console.log(
        `  ${r.site} ${r.formFactor} run ${r.run}: ${r.runtimeError}`,
      );
  }
  if (missed.length === 0) console.log('All targets met.');
  else {
    console.log(`Targets missed (${missed.length}):`);
    for (const r of missed)
      console.log(
        `  ✗ ${r.label}: ours ${formatValue(r.ours, r.unit)}, target ${r.target}`,
      );
  }
  const unjudged = rows.filter((r) => r.met === null && r.note !== 'info');
  for (const r of unjudged)
    console.log(`  ? ${r.label}: not judged (${r.note ?? 'no figure'})`);
  console.log(
    `\nWrote ${path.relative(process.cwd(), OUT_FILE)}; full reports in ${path.relative(process.cwd(), REPORTS)}/`,
  );
  return 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(
    `\nbench:site failed: ${error instanceof Error ? error.message : error}`,
  );
} finally {
  await cleanupAll();
}
process.exit(exitCode);
