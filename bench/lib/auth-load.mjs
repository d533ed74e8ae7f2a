// Load generation for bench/auth.mjs and the load smoke test
// (examples/test/security/load-smoke.test.ts): the cases, signing in over
// HTTP, and one autocannon run per case.
import autocannon from 'autocannon';
import { combineSlices } from './auth-stats.mjs';

/** @typedef {import('./auth-stats.mjs').BenchCase} BenchCase */
/** @typedef {import('./auth-stats.mjs').CaseFigures} CaseFigures */
/** @typedef {import('./auth-stats.mjs').Slice} Slice */

export const SESSION_COOKIE = 'next-auth.session-token';

/** The routes the benchmark compares; the first is the baseline. */
export const ROUTES = [
  { name: 'baseline (no auth)', route: '/api/health', baseline: true },
  { name: 'getServerSession', route: '/api/get-session-example' },
  { name: 'getToken', route: '/api/get-token-example' },
  { name: 'getSession({ req })', route: '/api/get-session-v3-style' },
];

/**
 * Every route signed in (200 expected) and signed out (401 expected; the
 * baseline has no auth and answers 200 either way).
 * @returns {BenchCase[]}
 */
export function benchCases() {
  return ROUTES.flatMap(({ name, route, baseline = false }) =>
    [true, false].map((signedIn) => ({
      name,
      route,
      signedIn,
      expectedStatus: signedIn || baseline ? 200 : 401,
      baseline,
    })),
  );
}

/**
 * Signs in as the demo user the way the built-in form does (CSRF token, then
 * the credentials POST) and returns the session cookie's value.
 * @param {string} baseUrl
 * @param {string} [username]
 * @param {string} [password]
 * @returns {Promise<string>}
 */
export async function signInDemo(
  baseUrl,
  username = 'demo',
  password = 'demo',
) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = /** @type {{ csrfToken: string }} */ (
    await csrf.json()
  );
  const cookies = csrf.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { cookie: cookies },
    body: new URLSearchParams({ csrfToken, username, password }),
    redirect: 'manual',
  });
  const line = response.headers
    .getSetCookie()
    .find((l) => l.startsWith(`${SESSION_COOKIE}=`));
  const value = line?.split(';')[0]?.slice(SESSION_COOKIE.length + 1);
  if (!value) {
    throw new Error(
      `Signing in as ${username} set no session cookie (HTTP ${response.status}, Location ${response.headers.get('location')})`,
    );
  }
  return value;
}

/**
 * The part of autocannon's result a slice needs.
 * @typedef {{
 *   duration: number,
 *   requests: { total: number },
 *   errors: number,
 *   timeouts: number,
 *   statusCodeStats: Slice['statusCodeStats'],
 * }} AutocannonResult
 */

/**
 * One autocannon run, keeping every response's latency (autocannon only
 * reports percentiles, which cannot be combined across runs).
 * @param {{
 *   url: string,
 *   headers?: Record<string, string>,
 *   connections: number,
 *   durationSeconds: number,
 * }} options
 * @returns {Promise<Slice>}
 */
export function runSlice({ url, headers = {}, connections, durationSeconds }) {
  /** @type {number[]} */
  const latenciesMs = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, headers, connections, duration: durationSeconds, timeout: 10 },
      (
        /** @type {Error | null} */ error,
        /** @type {AutocannonResult} */ result,
      ) => {
        if (error) {
          reject(error);
          return;
        }
        resolve({
          seconds: result.duration,
          requests: result.requests.total,
          errors: result.errors,
          timeouts: result.timeouts,
          statusCodeStats: result.statusCodeStats,
          latenciesMs,
        });
      },
    );
    instance.on(
      'response',
      (
        /** @type {unknown} */ _client,
        /** @type {number} */ _status,
        /** @type {number} */ _bytes,
        /** @type {number} */ responseTimeMs,
      ) => {
        latenciesMs.push(responseTimeMs);
      },
    );
  });
}

/**
 * The request headers of a case: the session cookie only when signed in.
 * @param {BenchCase} benchCase
 * @param {string} cookie the session cookie's value
 * @returns {Record<string, string>}
 */
export function caseHeaders(benchCase, cookie) {
  return benchCase.signedIn ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {};
}

/**
 * Measures one case in one go.
 * @param {BenchCase} benchCase
 * @param {{ baseUrl: string, cookie: string, connections: number, durationSeconds: number }} options
 * @returns {Promise<CaseFigures>}
 */
export async function measureCase(
  benchCase,
  { baseUrl, cookie, connections, durationSeconds },
) {
  const slice = await runSlice({
    url: `${baseUrl}${benchCase.route}`,
    headers: caseHeaders(benchCase, cookie),
    connections,
    durationSeconds,
  });
  return combineSlices([slice], benchCase);
}
