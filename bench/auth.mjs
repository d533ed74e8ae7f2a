#!/usr/bin/env node
// `npm run bench:auth`: what reading the session costs an API route of the
// example apps, next-auth's and Better Auth's. autocannon loads one route per way of reading it, signed in
// and signed out, against next-auth's own /api/auth/providers, which runs
// next-auth's handler but reads no session: the ratios set each helper
// against next-auth's fixed cost per request, in the app as readers get it,
// with no route added for the benchmark. Each app has its own baseline; the
// database app runs on a fresh embedded PGlite, and on the PostgreSQL that
// BENCH_DATABASE_URL names if set (where it creates its tables; rows stay).
//
//   [BENCH_DATABASE_URL=postgres://…] node bench/auth.mjs [--duration S] [--connections N] [--port P] [--allow-busy]
//
// On a busy machine (see mayKeepFigures) it refuses to start; with
// --allow-busy it measures and prints, and writes nothing.
//
// Every status is checked: a case that answered anything but what it should,
// or had errors or timeouts, measured something else, and the exit code is 1
// (after the table and bench/auth.json are written).
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { execa } from 'execa';
import {
  ROOT,
  machine,
  mayKeepFigures,
  versionOf,
  writeReport,
} from './lib/report.mjs';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '3301' },
    'allow-busy': { type: 'boolean', default: false },
  },
});
const settings = {
  durationSeconds: Number(args.duration),
  rounds: Math.min(5, Number(args.duration)),
  warmupSeconds: 2,
  connections: Number(args.connections),
  baseline: {
    route: '/api/auth/providers',
    why: 'next-auth’s own handler, reading no session; ratios compare signed in with signed in, signed out with signed out, in the same app',
  },
  betterAuthBaseline: {
    route: '/api/auth/ok',
    why: 'Better Auth’s own handler, reading no session',
  },
  versions: Object.fromEntries(
    ['next', 'next-auth', 'better-auth', 'autocannon'].map((n) => [
      n,
      versionOf(n),
    ]),
  ),
};
const JWT_APP = path.join(ROOT, 'examples', 'jwt');
const DB_APP = path.join(ROOT, 'examples', 'database-sessions');
const BETTER_AUTH_APP = path.join(ROOT, 'examples', 'better-auth');
const WORK = path.join(ROOT, 'bench', '.work', `auth-pglite-${process.pid}`);
const SESSION_COOKIE = 'next-auth.session-token';
const BETTER_AUTH_COOKIE = 'better-auth.session_token';
const LINK = 'Sign-in link for "bench@example.com": ';
const ROUTES = [
  { name: 'nothing (baseline)', route: settings.baseline.route },
  { name: 'getServerSession', route: '/api/get-session-example' },
  { name: 'getToken', route: '/api/get-token-example' },
  { name: 'getSession({ req })', route: '/api/get-session-v3-style' },
];
const { BENCH_DATABASE_URL } = process.env;
const DB = { sessions: 'database', dir: DB_APP, routes: ROUTES.slice(0, 2) };
const onDatabase = (database, env) => ({ ...DB, database, env });
// The same route in the Better Auth app, beside its own baseline. Its limit
// on requests to /api/auth/* would answer the load with 429s: off.
const BETTER_AUTH = {
  sessions: 'better-auth',
  database: 'embedded PGlite',
  dir: BETTER_AUTH_APP,
  routes: [
    { name: 'nothing (baseline)', route: settings.betterAuthBaseline.route },
    { name: 'auth.api.getSession', route: '/api/get-session-example' },
  ],
  env: {
    DATABASE_URL: '',
    PGLITE_DATA_DIR: 'memory://',
    BETTER_AUTH_RATE_LIMIT: 'off',
  },
};
const SETUPS = [
  { sessions: 'jwt', database: null, dir: JWT_APP, routes: ROUTES, env: {} },
  onDatabase('embedded PGlite', { DATABASE_URL: '', PGLITE_DATA_DIR: WORK }),
  ...(BENCH_DATABASE_URL
    ? [onDatabase('PostgreSQL', { DATABASE_URL: BENCH_DATABASE_URL })]
    : []),
  BETTER_AUTH,
].map((s, i) => ({
  ...s,
  baseline: s.routes[0].route,
  url: `http://127.0.0.1:${+args.port + i}`,
  log: '',
}));
const CASES = SETUPS.flatMap(({ sessions, database, routes }) =>
  routes.flatMap((r, i) =>
    [true, false].map((signedIn) => ({
      ...{ ...r, sessions, database, signedIn, baseline: i === 0 },
      expectedStatus: signedIn || i === 0 ? 200 : 401,
    })),
  ),
);
const setupOf = (c) =>
  SETUPS.find((s) => s.sessions === c.sessions && s.database === c.database);

/** @param {string} url */
const answers = (url) =>
  fetch(url).then(
    (r) => r.ok,
    () => false,
  );

/** @param {Response} response the `name=value` of each cookie it sets */
const setCookies = (response) =>
  response.headers.getSetCookie().map((c) => c.split(';')[0]);

/** Signs in as demo/demo, or by the email link the database app prints. */
async function signIn(setup) {
  if (setup.sessions === 'better-auth') {
    const response = await fetch(`${setup.url}/api/auth/sign-in/username`, {
      method: 'POST',
      headers: { origin: setup.url, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo', password: 'demo' }),
    });
    const cookie = setCookies(response).find((c) =>
      c.startsWith(`${BETTER_AUTH_COOKIE}=`),
    );
    if (!cookie)
      throw new Error(`Signing in set no cookie (${response.status})`);
    return cookie;
  }
  const csrf = await fetch(`${setup.url}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const [action, form] =
    setup.sessions === 'jwt'
      ? ['callback/credentials', { username: 'demo', password: 'demo' }]
      : ['signin/email', { email: 'bench@example.com' }];
  let response = await fetch(`${setup.url}/api/auth/${action}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: setCookies(csrf).join('; ') },
    body: new URLSearchParams({ csrfToken, ...form }),
  });
  if (setup.database) {
    for (let i = 0; i < 200 && !setup.log.includes(LINK); i++) await sleep(50);
    const link = setup.log.split(LINK)[1]?.split('\n')[0];
    if (!link) throw new Error(`${setup.url} printed no sign-in link`);
    response = await fetch(link, { redirect: 'manual' });
  }
  const cookie = setCookies(response).find((c) =>
    c.startsWith(`${SESSION_COOKIE}=`),
  );
  if (!cookie) throw new Error(`Signing in set no cookie (${response.status})`);
  return cookie;
}

// Before any build: the load then is other work's, not this script's.
const run = { date: new Date().toISOString(), machine: machine() };
const keep = mayKeepFigures(run.machine, args['allow-busy']);
if (!BENCH_DATABASE_URL) {
  console.log('Skipped the real-PostgreSQL case: BENCH_DATABASE_URL is unset.');
}
for (const { url, dir, baseline } of SETUPS) {
  if (await answers(`${url}${baseline}`)) {
    throw new Error(`${url} already answers: stop it or pass --port.`);
  }
  if (!existsSync(path.join(dir, '.next', 'BUILD_ID'))) {
    await execa('npm', ['run', 'build'], { cwd: dir, stdio: 'inherit' });
  }
}

const nextBin = createRequire(path.join(JWT_APP, 'package.json')).resolve(
  'next/dist/bin/next',
);
// Started from its bin, `next start` is a single process (it renames itself
// next-server); started through npx, that next-server would outlive a kill
// and keep the port. The database app starts as its `npm start` does.
const servers = SETUPS.map((setup) => {
  const server = execa(
    process.execPath,
    setup.dir === JWT_APP
      ? [nextBin, 'start', '--hostname', '127.0.0.1']
      : ['scripts/start.mjs', 'start'],
    {
      cwd: setup.dir,
      env: {
        // Throwaway: the cookies signed with it are worth nothing elsewhere.
        NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
        BETTER_AUTH_SECRET: randomBytes(32).toString('base64'),
        BETTER_AUTH_URL: setup.url,
        // getSession({ req }) fetches /api/auth/session from here.
        NEXTAUTH_URL: setup.url,
        PORT: new URL(setup.url).port, // next start's --port, and start.mjs's
        DEMO_PASSWORD: 'demo', // under `next start`, only a given password works
        ...setup.env,
      },
      stderr: 'inherit',
      reject: false,
      forceKillAfterDelay: 5_000,
    },
  );
  server.stdout.on('data', (chunk) => (setup.log += chunk));
  return server;
});
const slices = CASES.map(() => []);
try {
  const deadline = Date.now() + 90_000;
  for (const [i, setup] of SETUPS.entries()) {
    while (!(await answers(`${setup.url}${setup.baseline}`))) {
      if (servers[i].exitCode !== null || Date.now() > deadline) {
        throw new Error(`${setup.dir} did not come up`);
      }
      await sleep(250);
    }
    setup.cookie = await signIn(setup);
  }
  console.log(
    `${CASES.length} cases, ${settings.warmupSeconds} s of warm-up each, then ${settings.durationSeconds} s each in ${settings.rounds} rounds; ${settings.connections} connections`,
  );
  /** @param {(typeof CASES)[number]} c @param {number} duration */
  const load = async (c, duration) => {
    const { url, cookie, baseline } = setupOf(c);
    const result = await autocannon({
      url: `${url}${c.route}`,
      headers: c.signedIn ? { cookie } : {},
      connections: settings.connections,
      duration,
      skipAggregateResult: true,
    });
    // The server is still answering what autocannon gave up on (getSession
    //({ req }) queues a request to itself per call): let it finish before
    // the next case, or that case pays for this one.
    await fetch(`${url}${baseline}`);
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
  for (const server of servers) server.kill();
  await Promise.all(servers);
}
// start.mjs stops its database after Next.js: check both did, then delete.
const left = existsSync(path.join(WORK, 'owner.pid')) ? [WORK] : [];
for (const { url, baseline } of SETUPS) {
  if (await answers(`${url}${baseline}`)) left.push(url);
}
if (left.length === 0) rmSync(WORK, { recursive: true, force: true });

// autocannon merges a case's rounds (latency histograms, counts) but not
// their per-second samples: req/s is the requests completed over the seconds.
const cases = CASES.map((c, i) => {
  const r = autocannon.aggregateResult(slices[i], {
    url: `${setupOf(c).url}${c.route}`,
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
  // The first case of its app signed in (or out) is the baseline's.
  const baseline = cases.find(
    (b) =>
      b.sessions === c.sessions &&
      b.database === c.database &&
      b.signedIn === c.signedIn,
  );
  c.ratio = c.requests.perSecond / baseline.requests.perSecond;
}
if (keep) await writeReport('auth', { ...run, settings, cases });

console.table(
  cases.map((c) => ({
    sessions: `${c.sessions}${c.database ? `, ${c.database}` : ''}`,
    'reads the session with': c.name,
    visitor: c.signedIn ? 'signed in' : 'signed out',
    'req/s': Math.round(c.requests.perSecond),
    'p50 ms': c.latency.p50,
    'p99 ms': c.latency.p99,
    'vs its baseline': `${c.ratio.toFixed(2)}×`,
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
    `${c.name} (${c.sessions}, ${c.database ?? 'no database'}, ${c.route}, signed ${c.signedIn ? 'in' : 'out'}) measured the wrong thing: expected only ${c.expectedStatus}, got ${JSON.stringify(c.statusCodeStats)}, ${c.errors} errors (${c.timeouts} timeouts)`,
  );
}
if (left.length > 0) console.error(`Still running or held: ${left.join(', ')}`);
process.exitCode = wrong.length > 0 || left.length > 0 ? 1 : 0;
