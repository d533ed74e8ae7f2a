// A burst of concurrent requests on getToken, signed in and signed out: not a
// benchmark (that is `npm run bench:auth`), only a check that under load
// every answer is still the right one and none is an error.
import pMap from 'p-map';
import { beforeAll, expect, inject, it } from 'vitest';
import { SESSION_COOKIE, demoUser } from './helpers';

const baseUrl = inject('exampleBaseUrl');
const ROUTE = '/api/get-token-example';
const REQUESTS = 500;
const CONCURRENCY = 10;
let cookie: string;

beforeAll(async () => {
  const member = await demoUser(baseUrl);
  cookie = `${SESSION_COOKIE}=${member.cookie(SESSION_COOKIE)}`;
});

it.each([
  ['signed in', 200, true],
  ['signed out', 401, false],
])(
  `${REQUESTS} requests to ${ROUTE}, ${CONCURRENCY} at a time, %s: every one gets %i`,
  async (_, expected, withCookie) => {
    const headers: Record<string, string> = withCookie ? { cookie } : {};
    const statuses = await pMap(
      Array.from({ length: REQUESTS }),
      async () => {
        const response = await fetch(new URL(ROUTE, baseUrl), { headers });
        await response.arrayBuffer();
        return response.status;
      },
      { concurrency: CONCURRENCY },
    );

    expect(statuses).toHaveLength(REQUESTS);
    expect(statuses.filter((status) => status !== expected)).toEqual([]);
  },
);
