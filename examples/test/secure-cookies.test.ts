// Behind a proxy that terminates TLS, with AUTH_TRUST_HOST and no
// NEXTAUTH_URL: the auth route takes the public origin from X-Forwarded-*,
// and would name its cookie `__Secure-…` by it, while getToken (and the
// proxy's withAuth) look for the name NEXTAUTH_URL implies. The example
// gives the route getToken's rule (lib/secure-cookies.ts); without it every
// visitor is signed out in the proxy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRET, answer, serveApp } from './helpers';

const PORT = Number(process.env.EXAMPLE_TEST_PORT ?? 3101) + 3;
const BASE_URL = `http://localhost:${PORT}`;
/** What a TLS-terminating proxy in front adds to every request. */
const FORWARDED = {
  'x-forwarded-proto': 'https',
  'x-forwarded-host': 'public.example',
};

let stop: () => Promise<void>;
beforeAll(async () => {
  stop = await serveApp(PORT, {
    NEXTAUTH_SECRET: TEST_SECRET,
    NEXTAUTH_URL: undefined,
    AUTH_TRUST_HOST: 'true',
    // Next.js's own mark that the env files are loaded: keeps examples/.env
    // from setting NEXTAUTH_URL again.
    __NEXT_PROCESSED_ENV: 'true',
  });
});
afterAll(() => stop?.());

/** `name=value` of each cookie a response sets. */
function cookiesSetBy(response: Response): Map<string, string> {
  return new Map(
    response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0].split('=') as [string, string]),
  );
}

/** Signs `demo` in through the proxy; the cookies the auth route set. */
async function signInBehindProxy() {
  const csrf = await fetch(`${BASE_URL}/api/auth/csrf`, { headers: FORWARDED });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = [...cookiesSetBy(csrf)].map(([k, v]) => `${k}=${v}`);
  const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...FORWARDED, cookie: csrfCookies.join('; ') },
    body: new URLSearchParams({
      username: 'demo',
      password: 'demo',
      csrfToken,
      callbackUrl: '/',
    }),
  });
  return {
    location: response.headers.get('location'),
    cookies: cookiesSetBy(response),
  };
}

describe('behind a TLS proxy, with AUTH_TRUST_HOST and no NEXTAUTH_URL', () => {
  it('the auth route answers on the public https origin', async () => {
    const { location } = await signInBehindProxy();

    expect(location).toBe('https://public.example/');
  });

  it('the auth route writes the cookie name getToken looks for', async () => {
    const { cookies } = await signInBehindProxy();

    expect(cookies.has('next-auth.session-token')).toBe(true);
    expect(cookies.has('__Secure-next-auth.session-token')).toBe(false);
  });

  it.each([
    ['/middleware-example', '200 Protected Page'],
    ['/api/get-token-example', '200 JSON data'],
    ['/api/get-session-example', '200 JSON data'],
  ])('the member is signed in at %s', async (path, expected) => {
    const { cookies } = await signInBehindProxy();
    const [name, value] = [...cookies].find(([key]) =>
      key.endsWith('next-auth.session-token'),
    ) ?? ['', ''];

    const response = await fetch(`${BASE_URL}${path}`, {
      redirect: 'manual',
      headers: { ...FORWARDED, cookie: `${name}=${value}` },
    });

    expect(await answer(response)).toBe(expected);
  });
});
