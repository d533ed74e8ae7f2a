// Whether the session cookie is `__Secure-`, in each way the app is served:
// plain http on localhost, and behind a reverse proxy that terminates TLS
// with NEXTAUTH_URL set to the public https origin, or with AUTH_TRUST_HOST
// and no NEXTAUTH_URL. Left alone, the auth route and getToken (so the
// proxy's withAuth too) decide apart, and in the last case disagree: the
// route writes `__Secure-…`, the proxy looks for the plain name. The
// example decides once (lib/secure-cookies.ts); every reader must find the
// cookie the route wrote. Requests carry the headers such a reverse proxy
// adds; reverse-proxy.test.ts runs the same behind a real nginx.
import { Cookie } from 'tough-cookie';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_SECRET, WITHOUT_NEXTAUTH_URL, answer, startApp } from './helpers';

const PORT = Number(process.env.EXAMPLE_TEST_PORT ?? 3101) + 3;
/** What a reverse proxy that terminates TLS adds to every request. */
const FORWARDED = {
  'x-forwarded-proto': 'https',
  'x-forwarded-host': 'public.example',
};

interface Setup {
  /** The app's environment; none: the app every HTTP test shares. */
  env?: Record<string, string | undefined>;
  headers: Record<string, string>;
  cookie: { key: string; secure: boolean };
}

const SETUPS: [string, Setup][] = [
  [
    'plain http, NEXTAUTH_URL=http://localhost:…',
    {
      headers: {},
      cookie: { key: 'next-auth.session-token', secure: false },
    },
  ],
  [
    'behind a TLS reverse proxy, NEXTAUTH_URL=https://public.example',
    {
      env: { NEXTAUTH_URL: 'https://public.example' },
      headers: FORWARDED,
      cookie: { key: '__Secure-next-auth.session-token', secure: true },
    },
  ],
  [
    'behind a TLS reverse proxy, AUTH_TRUST_HOST and no NEXTAUTH_URL',
    {
      env: {
        ...WITHOUT_NEXTAUTH_URL,
        AUTH_TRUST_HOST: 'true',
      },
      headers: FORWARDED,
      cookie: { key: '__Secure-next-auth.session-token', secure: true },
    },
  ],
];

/** `name=value` of each cookie a response sets, for the next request. */
function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

/** Signs `demo` in with `headers`: the session cookie the auth route set. */
async function signIn(baseUrl: string, headers: Record<string, string>) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, cookie: cookieHeader(csrf) },
    body: new URLSearchParams({
      username: 'demo',
      password: 'demo',
      csrfToken,
      callbackUrl: '/',
    }),
  });
  const session = response.headers
    .getSetCookie()
    .map((line) => Cookie.parse(line))
    .find((cookie) => cookie?.key.endsWith('next-auth.session-token'));
  if (!session) throw new Error(`No session cookie: ${await answer(response)}`);
  return session;
}

describe.each(SETUPS)('%s', (_, setup) => {
  let baseUrl = inject('exampleBaseUrl');
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!setup.env) return;
    baseUrl = `http://localhost:${PORT}`;
    stop = (
      await startApp(PORT, { NEXTAUTH_SECRET: TEST_SECRET, ...setup.env })
    ).stop;
  });
  afterAll(() => stop?.());

  it('the auth route writes the session cookie by the one rule', async () => {
    const session = await signIn(baseUrl, setup.headers);

    expect(session).toMatchObject({
      ...setup.cookie,
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
    });
  });

  it.each([
    ['withAuth', '/middleware-example', '200 Protected Page'],
    ['getToken', '/api/get-token-example', '200 JSON data'],
    ['getToken', '/app-router/api/get-token-example', '200 JSON data'],
    ['getServerSession', '/api/get-session-example', '200 JSON data'],
  ])('%s finds it at %s', async (_, path, expected) => {
    const session = await signIn(baseUrl, setup.headers);

    const response = await fetch(`${baseUrl}${path}`, {
      redirect: 'manual',
      headers: { ...setup.headers, cookie: session.cookieString() },
    });

    expect(await answer(response)).toBe(expected);
  });
});
