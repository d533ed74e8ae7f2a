#!/usr/bin/env node
// `npm run bench:auth`: what reading the session costs an API route of the
// example app, in requests per second against a route with no auth at all.
// Compares getServerSession, getToken and the v3-style getSession({ req })
// (an HTTP round trip to /api/auth/session), each signed in and signed out.
//
//   node bench/auth.mjs [--duration S] [--connections N] [--rounds R] [--quick] …
//
// Builds the app into examples/.next-bench (its own dist dir, so it never
// touches anyone's .next), starts `next start` on 127.0.0.1, signs in once as
// demo/demo, warms every case up, then measures with autocannon: each case
// gets --duration seconds in all, split into --rounds slices taken in turn
// with the other cases' (A B C, C B A, …), so that a machine that gets busier
// or quieter during the run slows every case alike. Stops the server, prints
// a table and writes bench/auth.json. Every response's status is checked: a
// case with errors or unexpected statuses measured the wrong thing, and the
// exit code is then 1 (after the table and the JSON are written).

import { cleanupAll, cleanupOnSignals, onCleanup } from './lib/cleanup.mjs';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import {
  benchCases,
  caseHeaders,
  runSlice,
  signInDemo,
} from './lib/auth-load.mjs';
import {
  addRatios,
  caseLabel,
  combineSlices,
  compareRatios,
  faults,
  formatTable,
  intOption,
  rowForJson,
  schedule,
} from './lib/auth-stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = path.join(ROOT, 'examples');
const OUT_FILE = path.join(ROOT, 'bench', 'auth.json');
const DIST_DIR = '.next-bench';
const LOG_DIR = path.join(os.tmpdir(), 'nextauth-bench-auth');
const requireFromExamples = createRequire(path.join(EXAMPLES, 'package.json'));
const NEXT_BIN = requireFromExamples.resolve('next/dist/bin/next');

// ---------------------------------------------------------------- options

const USAGE = `Usage: node bench/auth.mjs [options]

  --duration S      seconds of load per case, in all (default 10; 2 with --quick)
  --connections N   concurrent connections (default 50)
  --rounds R        slices each case's seconds are split into, taken in turn
                    with the other cases' (default 5; 2 with --quick)
  --warmup S        seconds of unmeasured load per case first (default 1)
  --quick           short runs, for trying the benchmark out
  --port P          where the app listens, on 127.0.0.1 (default 3401)
  --reuse-build     use examples/${DIST_DIR} as it is, if it exists
  -h, --help        this text`;

function readOptions() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      rounds: { type: 'string' },
      warmup: { type: 'string' },
      quick: { type: 'boolean', default: false },
      port: { type: 'string' },
      'reuse-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const quick = values.quick;
  const durationSeconds = intOption(
    values.duration,
    'duration',
    quick ? 2 : 10,
    1,
    600,
  );
  return {
    help: values.help,
    quick,
    durationSeconds,
    connections: intOption(values.connections, 'connections', 50, 1, 1000),
    // At least a second a slice: autocannon needs time to open connections.
    rounds: intOption(
      values.rounds,
      'rounds',
      Math.min(quick ? 2 : 5, durationSeconds),
      1,
      durationSeconds,
    ),
    warmupSeconds: intOption(values.warmup, 'warmup', 1, 0, 60),
    port: intOption(values.port, 'port', 3401, 1024, 65535),
    reuseBuild: values['reuse-build'],
  };
}

// ---------------------------------------------------------------- cleanup

cleanupOnSignals('the server');

// ---------------------------------------------------------------- processes

/**
 * Starts `node <next> <args>` in examples/, in a process group of its own,
 * output to a log file. `stop()` kills the whole group (next start leaves a
 * next-server child that would otherwise keep the port).
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {string} logName
 */
async function startNext(args, env, logName) {
  await mkdir(LOG_DIR, { recursive: true });
  const log = path.join(LOG_DIR, logName);
  const logStream = createWriteStream(log);
  const child = spawn(process.execPath, [NEXT_BIN, ...args], {
    cwd: EXAMPLES,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  /** @param {Buffer} chunk */
  const collect = (chunk) => {
    logStream.write(chunk);
    tail = (tail + chunk.toString()).slice(-10_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  /** @type {Promise<number | string | null>} */
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  const killGroup = (/** @type {NodeJS.Signals} */ signal) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    // A child of the group may outlive the leader for a moment.
    killGroup('SIGKILL');
    logStream.end();
  };
  const forget = onCleanup(stop);
  return { child, exited, stop, forget, log, tail: () => tail };
}

/**
 * The environment for the app: this one's, with `overrides` (undefined
 * removes). NODE_ENV is left to Next.js.
 * @param {Record<string, string | undefined>} overrides
 * @returns {NodeJS.ProcessEnv}
 */
function appEnv(overrides) {
  /** @type {Record<string, string | undefined>} */
  const env = { ...process.env, NODE_ENV: undefined, ...overrides };
  for (const key of Object.keys(env))
    if (env[key] === undefined) delete env[key];
  return /** @type {NodeJS.ProcessEnv} */ (env);
}

async function build() {
  console.log(`Building the example app into examples/${DIST_DIR}…`);
  const started = performance.now();
  const next = await startNext(
    ['build'],
    appEnv({ NEXT_DIST_DIR: DIST_DIR }),
    'build.log',
  );
  const timeout = setTimeout(() => void next.stop(), 5 * 60_000);
  const code = await next.exited;
  clearTimeout(timeout);
  await next.stop();
  next.forget();
  if (code !== 0) {
    throw new Error(
      `next build exited with ${code} (log ${next.log}):\n${next.tail()}`,
    );
  }
  console.log(
    `Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

/** @param {string} url */
async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/**
 * @param {number} port
 * @param {string} baseUrl
 */
async function startServer(port, baseUrl) {
  if (await answers(`${baseUrl}/api/auth/providers`)) {
    throw new Error(
      `Something already answers on ${baseUrl}; stop it or pass --port.`,
    );
  }
  const server = await startNext(
    ['start', '--port', `${port}`, '--hostname', '127.0.0.1'],
    appEnv({
      NEXT_DIST_DIR: DIST_DIR,
      // A throwaway secret: the benchmark's cookies are worth nothing elsewhere.
      NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
      // getSession({ req }) fetches /api/auth/session from here.
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_URL_INTERNAL: undefined,
    }),
    'server.log',
  );
  const deadline = Date.now() + 60_000;
  while (!(await answers(`${baseUrl}/api/auth/providers`))) {
    if (server.child.exitCode !== null || Date.now() > deadline) {
      await server.stop();
      throw new Error(
        `next start did not come up (log ${server.log}):\n${server.tail()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return server;
}

// ---------------------------------------------------------------- measuring

/**
 * Each case once, before any load: a wrong status here would make the
 * figures meaningless, so stop early with a clear message.
 * @param {import('./lib/auth-stats.mjs').BenchCase[]} cases
 * @param {string} baseUrl
 * @param {string} cookie
 */
async function preflight(cases, baseUrl, cookie) {
  for (const c of cases) {
    const response = await fetch(`${baseUrl}${c.route}`, {
      headers: caseHeaders(c, cookie),
    });
    await response.arrayBuffer();
    if (response.status !== c.expectedStatus) {
      throw new Error(
        `${caseLabel(c)} (${c.route}) answered ${response.status}, not ${c.expectedStatus}`,
      );
    }
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/**
 * The installed version of a package the app uses (read from its
 * package.json on disk: next-auth's `exports` do not include it).
 * @param {string} name
 */
function versionOf(name) {
  for (const dir of [EXAMPLES, ROOT]) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) {
      return /** @type {{ version: string }} */ (
        JSON.parse(readFileSync(file, 'utf8'))
      ).version;
    }
  }
  return 'unknown';
}

/** The previous run's rows, if it used the same settings. */
async function previousRun(/** @type {Record<string, unknown>} */ settings) {
  if (!existsSync(OUT_FILE)) return null;
  try {
    const previous = JSON.parse(await readFile(OUT_FILE, 'utf8'));
    const same = ['durationSeconds', 'connections', 'rounds'].every(
      (key) => previous?.settings?.[key] === settings[key],
    );
    return same && Array.isArray(previous.cases) ? previous : null;
  } catch {
    return null;
  }
}

async function main() {
  const options = readOptions();
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const cases = benchCases();
  const loadAverageAtStart = os.loadavg();

  if (!(
    options.reuseBuild && existsSync(path.join(EXAMPLES, DIST_DIR, 'BUILD_ID'))
  )) {
    await build();
  }
  const server = await startServer(options.port, baseUrl);
  const cookie = await signInDemo(baseUrl);
  await preflight(cases, baseUrl, cookie);
  const sliceSeconds = options.durationSeconds / options.rounds;
  console.log(
    `Signed in as demo. ${cases.length} cases × ${options.durationSeconds} s ` +
      `(${options.rounds} rounds of ${sliceSeconds.toFixed(1)} s), ` +
      `${options.connections} connections, ${options.warmupSeconds} s warm-up each: ` +
      `about ${Math.ceil((cases.length * (options.durationSeconds + options.warmupSeconds)) / 60)} min.`,
  );

  /** @param {import('./lib/auth-stats.mjs').BenchCase} c @param {number} seconds */
  const load = (c, seconds) =>
    runSlice({
      url: `${baseUrl}${c.route}`,
      headers: caseHeaders(c, cookie),
      connections: options.connections,
      durationSeconds: seconds,
    });

  if (options.warmupSeconds > 0) {
    for (const c of cases) await load(c, options.warmupSeconds);
  }
  /** @type {Map<import('./lib/auth-stats.mjs').BenchCase, import('./lib/auth-stats.mjs').Slice[]>} */
  const slices = new Map(cases.map((c) => [c, []]));
  const plan = schedule(cases, options.rounds);
  for (const [i, { item, round }] of plan.entries()) {
    slices.get(item)?.push(await load(item, sliceSeconds));
    if (i === plan.length - 1 || plan[i + 1]?.round !== round) {
      console.log(`  round ${round + 1}/${options.rounds} done`);
    }
  }
  const figures = cases.map((c) => combineSlices(slices.get(c) ?? [], c));
  await server.stop();
  server.forget();

  const rows = addRatios(figures);
  const settings = {
    durationSeconds: options.durationSeconds,
    connections: options.connections,
    rounds: options.rounds,
    warmupSeconds: options.warmupSeconds,
    pipelining: 1,
    host: '127.0.0.1',
    baseline:
      '/api/health (ratios: signed in against signed in, out against out)',
    versions: {
      next: versionOf('next'),
      'next-auth': versionOf('next-auth'),
      autocannon: versionOf('autocannon'),
    },
  };
  const previous = await previousRun(settings);
  const report = {
    date: new Date().toISOString(),
    machine: {
      ...machine(),
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg(),
    },
    settings,
    cases: rows.map(rowForJson),
  };
  // Formatted as `prettier --check` expects it, since the file is committed.
  const json = await prettier.format(JSON.stringify(report), {
    ...(await prettier.resolveConfig(OUT_FILE)),
    filepath: OUT_FILE,
  });
  await writeFile(OUT_FILE, json);

  console.log(`\n${formatTable(rows)}\n`);
  const loadAverage = (/** @type {number[]} */ l) =>
    l.map((x) => x.toFixed(2)).join(' ');
  console.log(
    `${report.machine.cpuModel}, ${report.machine.cores} cores, Node ${report.machine.node}; ` +
      `load average ${loadAverage(loadAverageAtStart)} at start, ${loadAverage(report.machine.loadAverageAtEnd)} at the end.`,
  );
  console.log(`Wrote ${path.relative(ROOT, OUT_FILE)}.`);

  if (previous) {
    const { cases: compared, allAgree } = compareRatios(previous.cases, rows);
    console.log(`\nRatios against the previous run (${previous.date}):`);
    for (const c of compared) {
      console.log(
        `  ${c.label.padEnd(36)} ${c.previous.toFixed(2)}× → ${c.current.toFixed(2)}×` +
          `  (${(c.difference * 100).toFixed(1)}%${c.agrees ? '' : ', over 10%'})`,
      );
    }
    console.log(allAgree ? 'All within 10%.' : 'Some differ by more than 10%.');
  }

  const problems = faults(figures);
  if (problems.length) {
    console.error(
      `\nThese cases did not measure what they claim:\n  ${problems.join('\n  ')}`,
    );
    return 1;
  }
  return 0;
}

main()
  .then(async (code) => {
    await cleanupAll();
    process.exitCode = code;
  })
  .catch(async (error) => {
    await cleanupAll();
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
