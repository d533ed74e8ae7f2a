// Over a thousand session cookies that are not a session (see
// hostile-cookies.ts), each sent to every protected route of both routers: every answer
// must be the signed-out one, and none may be a 5xx.
import http from 'node:http';
import { SignJWT } from 'jose';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  SESSION_COOKIE,
  TEST_SECRET,
  mapWithConcurrency,
  rawRequest,
  signIn,
  type RawResponse,
} from '../helpers';
import {
  HOSTILE_KINDS,
  decryptIgnoringTag,
  editCiphertext,
  hostileCookies,
  otherSecrets,
  sessionKey,
  type HostileCookie,
  type HostileKind,
  type Ingredients,
} from './hostile-cookies';
import { PROTECTED_ROUTES, type ProtectedRoute } from './protected-routes';

const baseUrl = inject('exampleBaseUrl');
/** Keep it to replay a run; change it to explore other cookies. */
const SEED = 0x5eed_4a17;
const IN_FLIGHT = 8;
const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });

afterAll(() => agent.destroy());

function send(
  route: ProtectedRoute,
  headers: Record<string, string>,
): Promise<RawResponse> {
  return rawRequest(`${baseUrl}${route.path}`, { headers, agent });
}

async function realCookie(): Promise<string> {
  const { sessionCookie } = await signIn(baseUrl, 'demo', 'demo');
  if (!sessionCookie) throw new Error('The demo sign-in set no session cookie');
  return sessionCookie;
}

/** The tokens that need a key: minted here, fresh for every run. */
async function mintIngredients(): Promise<Ingredients> {
  const realA = await realCookie();
  const realB = await realCookie();
  const claims = {
    name: 'Demo User',
    email: 'demo@example.com',
    sub: 'demo',
    role: 'admin',
  };
  const foreignKey = await Promise.all([
    ...otherSecrets(SEED, 28, TEST_SECRET).map((secret) =>
      encode({ token: claims, secret }),
    ),
    // The right secret with another salt: Auth.js v5 salts with the cookie name.
    encode({
      token: claims,
      secret: TEST_SECRET,
      salt: 'authjs.session-token',
    }),
    encode({ token: claims, secret: TEST_SECRET, salt: SESSION_COOKIE }),
  ]);
  // next-auth allows 15 s of clock skew, so "expired" starts at 20 s ago.
  const expired = await Promise.all(
    [-20, -60, -3_600, -86_400, -30 * 86_400, -365 * 86_400].flatMap((maxAge) =>
      [claims, { ...claims, role: 'member' }].map((token) =>
        encode({ token, secret: TEST_SECRET, maxAge }),
      ),
    ),
  );
  // Signed with the app's secret (as is, and as next-auth derives its key),
  // but not encrypted: next-auth v4 session tokens are JWEs, never JWSs.
  const keys = [new TextEncoder().encode(TEST_SECRET), sessionKey(TEST_SECRET)];
  const signed = await Promise.all(
    keys.flatMap((key) =>
      ['HS256', 'HS384', 'HS512'].flatMap((alg) =>
        [claims, { ...claims, role: 'member' }].map((payload) =>
          new SignJWT(payload)
            .setProtectedHeader({ alg, typ: 'JWT' })
            .setIssuedAt()
            .setExpirationTime('1h')
            .sign(key),
        ),
      ),
    ),
  );
  return {
    realA,
    realB,
    realAPlaintext: decryptIgnoringTag(realA, TEST_SECRET),
    foreignKey,
    expired,
    signed,
  };
}

interface Outcome {
  cookie: HostileCookie;
  route: ProtectedRoute;
  response: RawResponse;
}

/** `401×300 307×150`: how often each status was seen. */
function statusCounts(outcomes: readonly Outcome[]): string {
  const counts = new Map<number, number>();
  for (const { response } of outcomes) {
    counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
}

function describeOutcome({ cookie, route, response }: Outcome): string {
  return `${cookie.kind} on ${route.path}: ${response.status} for Cookie: ${JSON.stringify(cookie.header.slice(0, 120))}`;
}

function printTable(
  cookies: readonly HostileCookie[],
  outcomes: readonly Outcome[],
  seconds: number,
) {
  const rows = HOSTILE_KINDS.map((kind) => {
    const mine = outcomes.filter((o) => o.cookie.kind === kind);
    const denied = mine.filter((o) => o.route.isSignedOut(o.response)).length;
    return [
      kind,
      `${cookies.filter((c) => c.kind === kind).length}`,
      `${denied}/${mine.length}`,
      statusCounts(mine),
    ];
  });
  const denied = outcomes.filter((o) => o.route.isSignedOut(o.response));
  rows.push([
    'total',
    `${cookies.length}`,
    `${denied.length}/${outcomes.length}`,
    statusCounts(outcomes),
  ]);
  const header = ['kind', 'cookies', 'signed out', 'statuses seen'];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i].length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) =>
        i === 1 || i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]),
      )
      .join('  ')
      .trimEnd();
  console.log(
    [
      `Hostile session cookies, seed 0x${SEED.toString(16)}: ` +
        `${cookies.length} cookies × ${PROTECTED_ROUTES.length} routes = ` +
        `${outcomes.length} requests, ${IN_FLIGHT} in flight, ${seconds.toFixed(1)} s`,
      `(signed out = ${PROTECTED_ROUTES.map((r) => `${r.path} ${r.signedOutAnswer}`).join(', ')})`,
      line(header),
      ...rows.map(line),
    ].join('\n'),
  );
}

describe('hostile session cookies', () => {
  let ingredients: Ingredients;
  let cookies: HostileCookie[];

  beforeAll(async () => {
    ingredients = await mintIngredients();
    cookies = hostileCookies(SEED, ingredients);
  });

  it('the generator is reproducible: same seed, same cookies', () => {
    expect(hostileCookies(SEED, ingredients)).toEqual(cookies);
    expect(hostileCookies(SEED + 1, ingredients)).not.toEqual(cookies);
  });

  it('the real cookies they are made from are signed in on every protected route', async () => {
    for (const value of [ingredients.realA, ingredients.realB]) {
      for (const route of PROTECTED_ROUTES) {
        const response = await send(route, {
          cookie: `${SESSION_COOKIE}=${value}`,
        });
        expect(route.isSignedIn(response), route.path).toBe(true);
        // And the signed-out check does not mistake it for signed out.
        expect(route.isSignedOut(response), route.path).toBe(false);
      }
    }
  });

  it('a payload edited in place (role → admin…) would decrypt, but its tag gives it away', async () => {
    const plaintext = ingredients.realAPlaintext;
    expect(plaintext).toContain('"role":"member"');
    const edited = plaintext.replace('"role":"member"', '"role":"admin" ');
    const token = editCiphertext(ingredients.realA, plaintext, edited);

    // AES-GCM without its tag check would hand out the forged payload…
    expect(decryptIgnoringTag(token, TEST_SECRET)).toBe(edited);
    expect(JSON.parse(edited)).toMatchObject({ role: 'admin', sub: 'demo' });
    // …and next-auth checks the tag.
    for (const route of PROTECTED_ROUTES) {
      const response = await send(route, {
        cookie: `${SESSION_COOKIE}=${token}`,
      });
      expect(route.isSignedOut(response), route.path).toBe(true);
    }
  });

  it('over 1,000 of them each get the signed-out answer on every protected route, and none a 5xx', async () => {
    // Enough of every kind for the run to mean something.
    expect(cookies.length).toBeGreaterThanOrEqual(1_000);
    const perKind = (kind: HostileKind) =>
      cookies.filter((c) => c.kind === kind).length;
    for (const kind of HOSTILE_KINDS) {
      expect(perKind(kind), kind).toBeGreaterThanOrEqual(10);
    }

    const jobs = cookies.flatMap((cookie) =>
      PROTECTED_ROUTES.map((route) => ({ cookie, route })),
    );
    const started = performance.now();
    const outcomes = await mapWithConcurrency(
      jobs,
      IN_FLIGHT,
      async ({ cookie, route }): Promise<Outcome> => ({
        cookie,
        route,
        response: await send(route, { cookie: cookie.header }),
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    printTable(cookies, outcomes, seconds);

    expect(outcomes).toHaveLength(cookies.length * PROTECTED_ROUTES.length);
    const serverErrors = outcomes.filter((o) => o.response.status >= 500);
    expect(serverErrors.map(describeOutcome)).toEqual([]);
    const signedIn = outcomes.filter((o) => !o.route.isSignedOut(o.response));
    expect(signedIn.map(describeOutcome)).toEqual([]);
  }, 180_000);

  it('a Cookie header over Node.js’s 16 KB limit gets 431 before any of the app runs', async () => {
    for (const route of PROTECTED_ROUTES) {
      const response = await rawRequest(`${baseUrl}${route.path}`, {
        headers: { cookie: `${SESSION_COOKIE}=${'A'.repeat(20_000)}` },
        agent: false,
      });
      expect(response.status, route.path).toBe(431);
    }
  });
});

// get-token-example reads the token from `Authorization: Bearer` too when
// there is no cookie (getToken does; getServerSession and the proxy do not).
describe('hostile Authorization: Bearer tokens', () => {
  const tokenRoute = PROTECTED_ROUTES[1];
  const sessionRoute = PROTECTED_ROUTES[0];

  it('a real token as a bearer token signs in getToken, but not getServerSession', async () => {
    const token = await realCookie();
    const headers = { authorization: `Bearer ${token}` };

    expect(tokenRoute.isSignedIn(await send(tokenRoute, headers))).toBe(true);
    expect(sessionRoute.isSignedOut(await send(sessionRoute, headers))).toBe(
      true,
    );
  });

  it('every hostile cookie value, as a bearer token, gets 401 from get-token-example', async () => {
    const ingredients = await mintIngredients();
    const values = hostileCookies(SEED, ingredients).flatMap(
      ({ kind, value }) => (value === undefined ? [] : [{ kind, value }]),
    );
    expect(values.length).toBeGreaterThanOrEqual(900);

    const statuses = await mapWithConcurrency(
      values,
      IN_FLIGHT,
      async ({ value }) =>
        (await send(tokenRoute, { authorization: `Bearer ${value}` })).status,
    );

    const wrong = values
      .map((v, i) => ({ ...v, status: statuses[i] }))
      .filter(({ status }) => status !== 401)
      .map(
        ({ kind, status, value }) =>
          `${kind}: ${status} for ${value.slice(0, 80)}`,
      );
    expect(wrong).toEqual([]);
  }, 120_000);
});

// What still counts as the real session: checks that the generator's
// cookies are hostile for the right reason, and a few surprises.
describe('what next-auth still reads as the real session cookie', () => {
  let real: string;

  beforeAll(async () => {
    real = await realCookie();
  });

  it('a real cookie split into .0 and .1 chunks, in order, is signed in', async () => {
    const cut = Math.floor(real.length / 2);
    const cookie = `${SESSION_COOKIE}.1=${real.slice(cut)}; ${SESSION_COOKIE}.0=${real.slice(0, cut)}`;
    for (const route of PROTECTED_ROUTES) {
      expect(route.isSignedIn(await send(route, { cookie })), route.path).toBe(
        true,
      );
    }
  });

  it('characters outside base64url added to a real cookie are ignored (lenient decoding)', async () => {
    const cookie = `${SESSION_COOKIE}=${real}!!!`;
    for (const route of PROTECTED_ROUTES) {
      expect(route.isSignedIn(await send(route, { cookie })), route.path).toBe(
        true,
      );
    }
  });

  it('sent twice, the session cookie is read first-wins by the API routes and last-wins by the proxy', async () => {
    const [sessionApi, tokenApi, serverPage, proxied] = PROTECTED_ROUTES;
    const garbageFirst = {
      cookie: `${SESSION_COOKIE}=garbage; ${SESSION_COOKIE}=${real}`,
    };
    const realFirst = {
      cookie: `${SESSION_COOKIE}=${real}; ${SESSION_COOKIE}=garbage`,
    };

    for (const route of [sessionApi, tokenApi, serverPage]) {
      expect(route.isSignedOut(await send(route, garbageFirst))).toBe(true);
      expect(route.isSignedIn(await send(route, realFirst))).toBe(true);
    }
    expect(proxied.isSignedIn(await send(proxied, garbageFirst))).toBe(true);
    expect(proxied.isSignedOut(await send(proxied, realFirst))).toBe(true);
  });
});
