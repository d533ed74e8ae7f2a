// The JWT app and the Better Auth app, route by route: for every route the
// two share, each kind of visitor (signed out, member, admin, a made-up
// session cookie) gets the same status, the same redirect (relative to each
// app's sign-in page) and the same kind of body. An answer that differs on
// purpose is listed below with its reason, and so is a route only one app
// has. The record (src/data/apps-compared.json) is what the guide shows;
// `vitest -u` rewrites it, otherwise a difference fails the test.
import pMap from 'p-map';
import { beforeAll, expect, inject, it } from 'vitest';
import { answer } from '../../../test/support/answer';
import type {
  AppsCompared,
  ComparedRoute,
  ComparedVisitor,
} from '../../../src/data/apps-compared';
import * as jwt from '../../jwt/lib/routes';
import * as jwtTest from '../../jwt/test/helpers';
import { ROUTES } from '../lib/routes';
import { BetterAuthBrowser, SESSION_COOKIE, demoUser } from './helpers';

const RECORD = '../../../src/data/apps-compared.json';
const betterAuthUrl = inject('betterAuthBaseUrl');
const jwtUrl = inject('jwtBaseUrl');

// #region unpaired
/** Routes one app has and the other cannot: each with its reason. */
const UNPAIRED: AppsCompared['unpaired'] = [
  {
    app: 'jwt',
    path: '/api/get-token-example',
    why: 'getToken() reads the session from the JWT in the cookie. Better Auth keeps sessions in the database; its optional cookie cache is a copy that a revocation does not reach at once.',
  },
  {
    app: 'jwt',
    path: '/api/get-session-v3-style',
    why: 'It shows the next-auth v3 names that v4 renamed; Better Auth never had them.',
  },
  {
    app: 'betterAuth',
    path: '/api/sign-out-everywhere',
    why: "A JWT session lives in the visitor's cookie until it expires: the server has nothing to delete. Better Auth deletes the rows, and every copy of the cookie is refused.",
  },
];
// #endregion unpaired

// #region differences
/** Answers that differ on purpose: the Better Auth route, the visitor, why. */
const FORBIDDEN_SHELL =
  "Both answer 403. The JWT app's Pages Router page sends its Forbidden page in the HTML; the App Router's forbidden() sends Next.js's error shell, and the page's heading arrives with its script.";
const DIFFERENCES: AppsCompared['differences'] = [
  {
    route: '/middleware-example/admin',
    visitor: 'member',
    why: FORBIDDEN_SHELL,
  },
  { route: '/admin-example', visitor: 'member', why: FORBIDDEN_SHELL },
];
// #endregion differences

/** The JWT route a Better Auth route pairs with: the same path, or the App Router's. */
function jwtRouteOf(path: string) {
  return jwt.ROUTES.find(
    (route) => route.path === path || route.path === `/app-router${path}`,
  );
}

/**
 * A response in the words both apps can share: its status and where it
 * sends the visitor (sign-in, and back to `path` or not), or what kind of
 * body it has.
 */
async function shape(response: Response, path: string): Promise<string> {
  const type = response.headers.get('content-type') ?? '';
  const said = await answer(response);
  const toSignIn = /^(\d+) to \/sign-in\?callbackUrl=(.*)$/.exec(said);
  if (toSignIn) {
    const [, status, back] = toSignIn;
    return `${status} to sign-in, back ${back === path ? 'here' : `to ${back}`}`;
  }
  if (/^\d+ (to|JSON) /.test(said)) return said;
  if (!type.startsWith('text/html')) return `${response.status} ${type}`;
  // answer() names a page's verdict, where its HTML has one before any script runs.
  const verdict = said.replace(/^\d+ (page)?/, '');
  return `${response.status} HTML${verdict && `: ${verdict}`}`;
}

type Ask = (path: string) => Promise<Response>;
const asks = {} as Record<ComparedVisitor, { jwt: Ask; betterAuth: Ask }>;

beforeAll(async () => {
  const [jwtMember, jwtAdmin, member, admin] = await Promise.all([
    jwtTest.demoUser(jwtUrl, 'demo'),
    jwtTest.demoUser(jwtUrl, 'admin'),
    demoUser(betterAuthUrl, 'demo'),
    demoUser(betterAuthUrl, 'admin'),
  ]);
  const jwtForger = new jwtTest.Browser(jwtUrl);
  jwtForger.setCookie(jwtTest.SESSION_COOKIE, 'made-up');
  const forger = new BetterAuthBrowser(betterAuthUrl);
  forger.setCookie(SESSION_COOKIE, 'made-up.made-up');
  const visitors = {
    signedOut: [
      new jwtTest.Browser(jwtUrl),
      new BetterAuthBrowser(betterAuthUrl),
    ],
    member: [jwtMember, member],
    admin: [jwtAdmin, admin],
    forged: [jwtForger, forger],
  } as const;
  for (const [visitor, [jwtBrowser, browser]] of Object.entries(visitors)) {
    asks[visitor as ComparedVisitor] = {
      jwt: (path) => jwtBrowser.request(path),
      betterAuth: (path) => browser.request(path),
    };
  }
});

const PAIRED = ROUTES.filter(
  (route) => route.method === undefined && route.path !== '/',
).flatMap((route) => {
  const other = jwtRouteOf(route.path);
  return other ? [{ jwt: other.path, betterAuth: route.path }] : [];
});

it('every route is paired with the other app or listed with its reason', () => {
  const paired = new Set(PAIRED.flatMap((pair) => [pair.jwt, pair.betterAuth]));
  const listed = new Set(UNPAIRED.map((route) => route.path));
  // The JWT app shows most patterns in both routers: either one counts.
  const accounted = (path: string) =>
    [path, path.replace(/^\/app-router/, '')].some(
      (p) => paired.has(p) || listed.has(p),
    );
  const open = [...jwt.ROUTES, ...ROUTES]
    .map((route) => route.path)
    .filter((path) => path !== '/' && !accounted(path));
  expect(open).toEqual([]);
});

it('both apps answer every shared route alike, but where the list says why', async () => {
  const visitors = Object.keys(asks) as ComparedVisitor[];
  const routes: ComparedRoute[] = await pMap(
    PAIRED,
    async (pair) => {
      const answers = {} as ComparedRoute['answers'];
      for (const visitor of visitors) {
        answers[visitor] = {
          jwt: await shape(await asks[visitor].jwt(pair.jwt), pair.jwt),
          betterAuth: await shape(
            await asks[visitor].betterAuth(pair.betterAuth),
            pair.betterAuth,
          ),
        };
      }
      return { ...pair, answers };
    },
    { concurrency: 2 },
  );
  const differing = routes.flatMap((route) =>
    visitors
      .filter((v) => route.answers[v].jwt !== route.answers[v].betterAuth)
      .map((visitor) => ({ route: route.betterAuth, visitor })),
  );
  expect(differing).toEqual(
    DIFFERENCES.map(({ route, visitor }) => ({ route, visitor })),
  );
  const record: AppsCompared = {
    routes,
    unpaired: UNPAIRED,
    differences: DIFFERENCES,
  };
  await expect(JSON.stringify(record, null, 2) + '\n').toMatchFileSnapshot(
    RECORD,
  );
});
