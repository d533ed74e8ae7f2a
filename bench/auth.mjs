#!/usr/bin/env node
// `npm run bench:auth`: what reading the session costs an API route of the
// example app. autocannon loads one route per way of reading it, signed in
// and signed out, against next-auth's own /api/auth/providers, which runs
// next-auth's handler but reads no session: the ratios set each helper
// against next-auth's fixed cost per request, in the app as readers get it,
// with no route added for the benchmark.
//
//   node bench/auth.mjs [--duration S] [--connections N] [--port P]
//
// Every status is checked: a case that answered anything but what it should,
// or had errors or timeouts, measured something else, and the exit code is 1
// (after the table and bench/auth.json are written).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { execa } from 'execa';
import { ROOT, machine, versionOf, writeReport } from './lib/report.mjs';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '3301' },
  },
});
const settings = {
  durationSeconds: Number(args.duration),
  rounds: Math.min(5, Number(args.duration)),
  warmupSeconds: 2,
  connections: Number(args.connections),
  baseline: {
    route: '/api/auth/providers',
    why: 'next-auth’s own handler, reading no session; ratios compare signed in with signed in, signed out with signed out',
  },
  versions: Object.fromEntries(
    ['next', 'next-auth', 'autocannon'].map((n) => [n, versionOf(n)]),
  ),
};
const BASE_URL = `http://127.0.0.1:${args.port}`;
const EXAMPLES = path.join(ROOT, 'examples');
const SESSION_COOKIE = 'next-auth.session-token';
const ROUTES = [
  { name: 'nothing (baseline)', route: settings.baseline.route },
  { name: 'getServerSession', route: '/api/get-session-example' },
  { name: 'getToken', route: '/api/get-token-example' },
  { name: 'getSession({ req })', route: '/api/get-session-v3-style' },
];
const CASES = ROUTES.flatMap((r, i) =>
  [true, false].map((signedIn) => ({
    ...r,
    signedIn,
    expectedStatus: signedIn || i === 0 ? 200 : 401,
  })),
);

/** @param {string} url */
const answers = (url) =>
  fetch(url).then(
    (r) => r.ok,
    () => false,
  );

/** @param {Response} response the `name=value` of each cookie it sets */
const setCookies = (response) =>
  response.headers.getSetCookie().map((c) => c.split(';')[0]);

/** Signs in as demo/demo the way the built-in form does; returns the session cookie. */
async function signIn() {
  const csrf = await fetch(`${BASE_URL}/api/auth/csrf`);
  const form = { ...(await csrf.json()), username: 'demo', password: 'demo' };
  const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: setCookies(csrf).join('; ') },
    body: new URLSearchParams(form),
  });
  const cookie = setCookies(response).find((c) =>
    c.startsWith(`${SESSION_COOKIE}=`),
  );
  if (!cookie) throw new Error(`Signing in set no cookie (${response.status})`);
  return cookie;
}

if (await answers(`${BASE_URL}${settings.baseline.route}`)) {
  throw new Error(
    `Something already answers on ${BASE_URL}: stop it or pass --port.`,
  );
}
if (!existsSync(path.join(EXAMPLES, '.next', 'BUILD_ID'))) {
  await execa('npm', ['run', 'example:build'], { cwd: ROOT, stdio: 'inherit' });
}
const run = { date: new Date().toISOString(), machine: machine() };
const nextBin = createRequire(path.join(EXAMPLES, 'package.json')).resolve(
  'next/dist/bin/next',
);
// Started from its bin, `next start` is a single process (it renames itself
// next-server); started through npx, that next-server would outlive a kill
// and keep the port.
const server = execa(
  process.execPath,
  [nextBin, 'start', '--port', args.port, '--hostname', '127.0.0.1'],
  {
    cwd: EXAMPLES,
    env: {
      // Throwaway: the cookies signed with it are worth nothing elsewhere.
      NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
      // getSession({ req }) fetches /api/auth/session from here.
      NEXTAUTH_URL: BASE_URL,
    },
    stdout: 'ignore',
    stderr: 'inherit',
    reject: false,
    forceKillAfterDelay: 5_000,
  },
);
const slices = CASES.map(() => []);
try {
  const deadline = Date.now() + 60_000;
  while (!(await answers(`${BASE_URL}${settings.baseline.route}`))) {
    if (server.exitCode !== null || Date.now() > deadline) {
      throw new Error('next start did not come up');
    }
    await sleep(250);
  }
  const cookie = await signIn();
  console.log(
    `${CASES.length} cases, ${settings.warmupSeconds} s of warm-up each, then ${settings.durationSeconds} s each in ${settings.rounds} rounds; ${settings.connections} connections`,
  );
  /** @param {(typeof CASES)[number]} c @param {number} duration */
  const load = async (c, duration) => {
    const result = await autocannon({
      url: `${BASE_URL}${c.route}`,
      headers: c.signedIn ? { cookie } : {},
      connections: settings.connections,
      duration,
      skipAggregateResult: true,
    });
    // The server is still answering what autocannon gave up on (getSession
    //({ req }) queues a request to itself per call): let it finish before
    // the next case, or that case pays for this one.
    await fetch(`${BASE_URL}${settings.baseline.route}`);
    return result;
  };
  // A route's first requests load and compile its code: a pass over every
  // case first keeps that out of all of them, not only the first.
  for (const c of CASES) await load(c, settings.warmupSeconds);
  // Each case's seconds are split into rounds taken in turn with the other
  // cases', forwards then backwards: a machine that gets busier or quieter
  // during the run then slows every case alike, not the ones measured then.
  const order = [...CASES.keys()];
  for (let round = 0; round < settings.rounds; round++) {
    for (const i of round % 2 ? order.toReversed() : order) {
      slices[i].push(
        await load(CASES[i], settings.durationSeconds / settings.rounds),
      );
    }
  }
} finally {
  server.kill();
  await server;
}

// autocannon merges a case's rounds (latency histograms, counts) but not
// their per-second samples: req/s is the requests completed over the seconds.
const cases = CASES.map((c, i) => {
  const r = autocannon.aggregateResult(slices[i], {
    url: `${BASE_URL}${c.route}`,
    connections: settings.connections,
  });
  const seconds = slices[i].reduce((sum, slice) => sum + slice.duration, 0);
  return {
    ...c,
    requests: {
      perSecond: r.requests.total / seconds,
      total: r.requests.total,
      seconds,
    },
    latency: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
    statusCodeStats: r.statusCodeStats,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
});
for (const c of cases) {
  // The first case signed in (or out) is the baseline's.
  const baseline = cases.find((b) => b.signedIn === c.signedIn);
  c.ratio = c.requests.perSecond / baseline.requests.perSecond;
}
await writeReport('auth', { ...run, settings, cases });

console.table(
  cases.map((c) => ({
    'reads the session with': c.name,
    visitor: c.signedIn ? 'signed in' : 'signed out',
    'req/s': Math.round(c.requests.perSecond),
    'p50 ms': c.latency.p50,
    'p99 ms': c.latency.p99,
    [`vs ${settings.baseline.route}`]: `${c.ratio.toFixed(2)}×`,
    statuses: Object.keys(c.statusCodeStats).join(' '),
  })),
);
const wrong = cases.filter(
  (c) =>
    c.requests.total === 0 ||
    c.errors > 0 ||
    Object.keys(c.statusCodeStats).join() !== String(c.expectedStatus),
);
for (const c of wrong) {
  console.error(
    `${c.name} (${c.route}, signed ${c.signedIn ? 'in' : 'out'}) measured the wrong thing: expected only ${c.expectedStatus}, got ${JSON.stringify(c.statusCodeStats)}, ${c.errors} errors (${c.timeouts} timeouts)`,
  );
}
process.exitCode = wrong.length > 0 ? 1 : 0;
