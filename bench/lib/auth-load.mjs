// Only for examples/test/security/load-smoke.test.ts, which imports it (and
// which `next build` type-checks): delete once that test loads the app itself.
import autocannon from 'autocannon';

/**
 * @param {{ name?: string, route: string, signedIn: boolean, expectedStatus: number }} c
 * @param {{ baseUrl: string, cookie: string, connections: number, durationSeconds: number }} o
 */
export async function measureCase(c, o) {
  const r = await autocannon({
    url: `${o.baseUrl}${c.route}`,
    headers: c.signedIn
      ? { cookie: `next-auth.session-token=${o.cookie}` }
      : {},
    connections: o.connections,
    duration: o.durationSeconds,
  });
  /** @type {Record<string, number>} */
  const statuses = {};
  for (const [code, { count }] of Object.entries(r.statusCodeStats)) {
    statuses[code] = count;
  }
  const requests = r.requests.total;
  const unexpected = requests - (statuses[c.expectedStatus] ?? 0);
  const { errors, timeouts } = r;
  return {
    requests,
    requestsPerSecond: r.requests.average,
    errors,
    timeouts,
    statuses,
    unexpected,
  };
}
