// The production app behind a real reverse proxy: nginx terminating TLS on
// https://app.example.test:<port> (examples/jwt/deploy/nginx.conf), the app on
// plain http on another port. A visitor starts at a protected page, is sent
// to sign in, signs in with the form, lands back where they started, posts a
// Server Action and signs out, and every redirect, link and cookie must
// belong to the public origin. Then the configuration of next-auth#13403,
// with NEXTAUTH_URL naming the internal address, and what it breaks.
import { Cookie } from 'tough-cookie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../lib/routes';
import { actionResult, callAction, notesOf } from './actions';
import {
  type Browser,
  TEST_SECRET,
  answer,
  expectedAnswers,
  startApp,
  WITHOUT_NEXTAUTH_URL,
} from './helpers';
import {
  PUBLIC_HOST,
  findNginx,
  startReverseProxy,
  type ReverseProxy,
} from './reverse-proxy';

const BASE_PORT = Number(process.env.EXAMPLE_TEST_PORT ?? 3101);
const SECURE_SESSION_COOKIE = '__Secure-next-auth.session-token';

/** One answer on a visitor's way, as the browser saw it. */
interface Hop {
  url: string;
  status: number;
  /** Where it sent the visitor: a `Location`, or the `url` next-auth answers in JSON. */
  next: string | null;
  said: string;
  body: string;
}

async function hopOf(response: Response, url: string): Promise<Hop> {
  const said = await answer(response.clone());
  const body = await response.text();
  const next =
    response.headers.get('location') ??
    (response.headers.get('content-type')?.startsWith('application/json')
      ? ((JSON.parse(body) as { url?: string }).url ?? null)
      : null);
  return { url, status: response.status, next, said, body };
}

/** GET `path`, then every redirect after it, as a browser follows them. */
async function visit(browser: Browser, path: string): Promise<Hop[]> {
  const hops: Hop[] = [];
  let url = new URL(path, browser.baseUrl).href;
  for (;;) {
    const hop = await hopOf(await browser.request(url), url);
    hops.push(hop);
    if (hop.status < 300 || hop.status >= 400 || !hop.next) return hops;
    if (hops.length > 10) throw new Error(`A redirect loop from ${path}`);
    url = new URL(hop.next, url).href;
  }
}

/** What the sign-in page's server rendered as the place to go back to. */
function callbackUrlOn(page: Hop): string {
  const data = /<script id="__NEXT_DATA__"[^>]*>([^<]*)<\/script>/.exec(
    page.body,
  );
  return JSON.parse(data?.[1] ?? '{}').props?.pageProps?.callbackUrl;
}

/**
 * The sign-in form's submit: what `signIn('credentials', …)` from
 * next-auth/react sends (the providers, the CSRF token, then the fields
 * with `json=true`), and the `url` it then sets `window.location` to.
 */
async function submitSignInForm(browser: Browser, signInPage: Hop) {
  await browser.request('/api/auth/providers');
  const post = await browser.post('/api/auth/callback/credentials', {
    username: 'demo',
    password: 'demo',
    csrfToken: await browser.csrfToken(),
    callbackUrl: callbackUrlOn(signInPage),
    json: 'true',
  });
  const cookies = post.headers
    .getSetCookie()
    .map((line) => Cookie.parse(line))
    .filter((cookie) => cookie !== undefined);
  return { hop: await hopOf(post, post.url), cookies };
}

/** Signed out at `path` (a protected page, or the sign-in page), through the form, and back. */
async function signInFrom(browser: Browser, path: string) {
  const toSignIn = await visit(browser, path);
  const { hop, cookies } = await submitSignInForm(browser, toSignIn.at(-1)!);
  const back = hop.next ? await visit(browser, hop.next) : [];
  return { trail: [...toSignIn, hop, ...back], cookies };
}

/** `signOut()` from next-auth/react on `page`, and where it lands. */
async function signOutFrom(browser: Browser, page: string) {
  const post = await browser.post('/api/auth/signout', {
    csrfToken: await browser.csrfToken(),
    callbackUrl: new URL(page, browser.baseUrl).href,
    json: 'true',
  });
  const hop = await hopOf(post, post.url);
  return [hop, ...(hop.next ? await visit(browser, hop.next) : [])];
}

/** The app's own absolute URLs in a body: on its public name or its internal ones. */
function ownUrls(body: string): string[] {
  return [...body.matchAll(/https?:\/\/[^\s"'<>\\)]+/g)]
    .map(([url]) => url)
    .filter((url) =>
      [PUBLIC_HOST, 'localhost', '127.0.0.1'].includes(new URL(url).hostname),
    );
}

/** Every hop, where it sends the visitor and every link in it: the public origin. */
function expectOnlyPublicOrigin(trail: Hop[], origin: string) {
  const seen = trail.flatMap((hop) => [
    hop.url,
    ...(hop.next ? [new URL(hop.next, hop.url).href] : []),
    ...ownUrls(hop.body),
  ]);
  expect(seen.length).toBeGreaterThan(0);
  for (const url of seen) expect(url).toMatch(new RegExp(`^${origin}(/|$)`));
}

/** The next-auth answers of a trail, the Location or URL they send the visitor to. */
const sentTo = (trail: Hop[]) =>
  trail.filter((hop) => hop.next).map((hop) => `${hop.status} ${hop.next}`);

/** The app on `appPort` with `env`, behind nginx on `port`. */
function behindNginx(
  appPort: number,
  port: number,
  env: Record<string, string | undefined>,
) {
  const running: { proxy?: ReverseProxy; stopApp?: () => Promise<void> } = {};
  beforeAll(async () => {
    await findNginx(); // before starting anything, when it is missing
    running.stopApp = (
      await startApp(appPort, {
        NEXTAUTH_SECRET: TEST_SECRET,
        ...env,
      })
    ).stop;
    running.proxy = await startReverseProxy(port, appPort);
  });
  afterAll(async () => {
    await running.proxy?.stop();
    await running.stopApp?.();
  });
  return {
    origin: `https://${PUBLIC_HOST}:${port}`,
    visitor: () => running.proxy!.visitor(),
    statusWithHost: (host: string, path: string) =>
      running.proxy!.statusWithHost(host, path),
  };
}

// The routes whose check reads the session cookie, each its own way: the
// proxy's withAuth, getToken, getServerSession in both routers.
const READERS = ROUTES.filter((route) =>
  [
    '/middleware-example',
    '/api/get-token-example',
    '/app-router/api/get-token-example',
    '/api/get-session-example',
    '/app-router/server-side-example',
  ].includes(route.path),
);

function itWorksBehindTheReverseProxy(app: ReturnType<typeof behindNginx>) {
  it('sends a signed-out visitor to sign in, and back to the page after, on the public origin', async () => {
    const browser = app.visitor();
    const { trail } = await signInFrom(browser, '/middleware-example');

    expect(sentTo(trail)).toEqual([
      '307 /sign-in?callbackUrl=%2Fmiddleware-example',
      `200 ${app.origin}/middleware-example`,
    ]);
    expect(trail.at(-1)?.said).toBe('200 Protected Page');
    expectOnlyPublicOrigin(trail, app.origin);
  });

  it("keeps next-auth's own sign-in redirect and the sign-in page's on the public origin", async () => {
    const browser = app.visitor();
    const back = `${app.origin}/client-side-example`;
    // What signIn() with no provider does, from a page that says Access Denied.
    const toForm = await visit(
      browser,
      `/api/auth/signin?${new URLSearchParams({ callbackUrl: back })}`,
    );
    expect(callbackUrlOn(toForm.at(-1)!)).toBe(back);
    const { hop } = await submitSignInForm(browser, toForm.at(-1)!);
    // Signed in, the sign-in page sends the visitor on to callbackUrl.
    const onward = await visit(
      browser,
      '/sign-in?callbackUrl=%2Fapp-router%2Factions-example',
    );

    expect(sentTo([...toForm, hop, ...onward])).toEqual([
      `302 /sign-in?callbackUrl=${encodeURIComponent(back)}`,
      `200 ${back}`,
      `307 ${app.origin}/app-router/actions-example`,
    ]);
    expect(onward.at(-1)?.said).toBe('200 Your notes');
    expectOnlyPublicOrigin([...toForm, hop, ...onward], app.origin);
  });

  it('answers a request for another host name itself: it never reaches the app', async () => {
    // With AUTH_TRUST_HOST, the app would build its URLs from that name.
    expect(await app.statusWithHost('evil.example', '/api/auth/csrf')).toBe(
      421,
    );
  });

  it('sets the session cookie as __Secure-, Secure, HttpOnly and SameSite=Lax', async () => {
    const browser = app.visitor();
    const { cookies } = await signInFrom(browser, '/sign-in');
    const session = cookies.find((cookie) =>
      cookie.key.endsWith('next-auth.session-token'),
    );

    expect(session).toMatchObject({
      key: SECURE_SESSION_COOKIE,
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
    });
  });

  it.each(READERS.map((route) => [route.path, route] as const))(
    'finds the session at %s',
    async (path, route) => {
      const browser = app.visitor();
      await signInFrom(browser, '/sign-in');

      expect(await answer(await browser.request(path))).toBeOneOf(
        expectedAnswers(route, 'member'),
      );
    },
  );

  it('runs a Server Action posted from the public origin, and refuses one from another', async () => {
    const browser = app.visitor();
    await signInFrom(browser, '/app-router/actions-example');
    const before = await notesOf(browser);

    const own = await callAction(
      browser,
      'addNote',
      { text: 'through nginx' },
      { headers: { Origin: app.origin } },
    );
    const foreign = await callAction(
      browser,
      'addNote',
      { text: 'from elsewhere' },
      { headers: { Origin: 'https://evil.example' } },
    );

    expect(own.status).toBe(200);
    expect(await actionResult(own)).toEqual({ message: 'Note saved.' });
    expect(foreign.status).toBe(403);
    const added = (await notesOf(browser)).slice(before.length);
    expect(added.map((note) => note.text)).toEqual(['through nginx']);
  });

  it('lets getSession({ req }) on the server call the app at NEXTAUTH_URL_INTERNAL', async () => {
    const browser = app.visitor();
    await signInFrom(browser, '/sign-in');

    // It fetches /api/auth/session from the server itself: through the
    // public name it may not resolve, and without NEXTAUTH_URL it would try
    // http://localhost:3000.
    const response = await browser.request('/api/get-session-v3-style');

    expect(await answer(response)).toBe('200 JSON data');
  });

  it('signs out to the public origin, and the protected page sends to sign-in again', async () => {
    const browser = app.visitor();
    await signInFrom(browser, '/sign-in');

    const trail = await signOutFrom(browser, '/');
    const again = await visit(browser, '/middleware-example');

    expect(sentTo(trail)).toEqual([`200 ${app.origin}/`]);
    expect(browser.cookie(SECURE_SESSION_COOKIE)).toBeUndefined();
    expect(again[0]?.said).toBe(
      '307 to /sign-in?callbackUrl=/middleware-example',
    );
    expectOnlyPublicOrigin([...trail, ...again], app.origin);
  });
}

describe('behind nginx, with NEXTAUTH_URL set to the public https origin', () => {
  const [appPort, port] = [BASE_PORT + 6, BASE_PORT + 7];
  itWorksBehindTheReverseProxy(
    behindNginx(appPort, port, {
      NEXTAUTH_URL: `https://${PUBLIC_HOST}:${port}`,
      NEXTAUTH_URL_INTERNAL: `http://127.0.0.1:${appPort}`,
    }),
  );
});

describe('behind nginx, with AUTH_TRUST_HOST and no NEXTAUTH_URL', () => {
  const appPort = BASE_PORT + 8;
  itWorksBehindTheReverseProxy(
    behindNginx(appPort, BASE_PORT + 9, {
      ...WITHOUT_NEXTAUTH_URL,
      AUTH_TRUST_HOST: 'true',
      NEXTAUTH_URL_INTERNAL: `http://127.0.0.1:${appPort}`,
    }),
  );
});

// next-auth#13403: NEXTAUTH_URL names where the app listens, not where
// visitors reach it. Every URL next-auth builds goes there.
describe('behind nginx, with NEXTAUTH_URL set to the internal address (broken)', () => {
  const appPort = BASE_PORT + 10;
  const internal = `http://localhost:${appPort}`;
  const app = behindNginx(appPort, BASE_PORT + 11, { NEXTAUTH_URL: internal });

  it('sends the visitor to the internal address after signing in', async () => {
    const browser = app.visitor();
    const toSignIn = await visit(browser, '/middleware-example');
    const { hop } = await submitSignInForm(browser, toSignIn.at(-1)!);

    // The proxy's redirect is relative, so it still works...
    expect(sentTo(toSignIn)).toEqual([
      '307 /sign-in?callbackUrl=%2Fmiddleware-example',
    ]);
    // ...but the form carries, and next-auth answers, the internal address:
    // the browser goes to its own machine's port, not to the site.
    expect(callbackUrlOn(toSignIn.at(-1)!)).toBe(
      `${internal}/middleware-example`,
    );
    expect(hop.next).toBe(`${internal}/middleware-example`);
  });

  it("sends next-auth's own sign-in page and sign-out to the internal address", async () => {
    const browser = app.visitor();
    const signIn = await browser.request('/api/auth/signin');
    await signInFrom(browser, '/sign-in');
    const [signedOut] = await signOutFrom(browser, '/');

    expect(signIn.headers.get('location')).toBe(
      `/sign-in?callbackUrl=${encodeURIComponent(internal)}`,
    );
    expect(signedOut?.next).toBe(internal);
  });

  it('sets the plain session cookie on https, without Secure', async () => {
    const browser = app.visitor();
    const { cookies } = await signInFrom(browser, '/sign-in');
    const session = cookies.find((cookie) =>
      cookie.key.endsWith('next-auth.session-token'),
    );

    expect(session).toMatchObject({
      key: 'next-auth.session-token',
      secure: false,
      httpOnly: true,
    });
  });
});
