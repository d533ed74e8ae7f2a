// The smallest proxy (lib/smallest-proxy.ts) run the way Next.js runs a
// proxy.ts: its matcher through Next.js's own matching, its function with a
// real request, signed out and with a real session cookie.
import { encode } from 'next-auth/jwt';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { NextRequest, type NextFetchEvent } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SESSION_COOKIE, TEST_SECRET } from './helpers';

const ORIGIN = 'http://localhost:3000';
let proxyModule: typeof import('../lib/smallest-proxy');

beforeAll(async () => {
  // It takes the secret from the environment, as a reader's proxy would.
  vi.stubEnv('NEXTAUTH_SECRET', TEST_SECRET);
  vi.stubEnv('NEXTAUTH_URL', ORIGIN);
  proxyModule = await import('../lib/smallest-proxy');
});

describe('its matcher', () => {
  const runsOn = (path: string) =>
    unstable_doesMiddlewareMatch({
      config: proxyModule.config,
      url: `${ORIGIN}${path}`,
    });

  it.each(['/middleware-example', '/middleware-example/admin'])(
    'runs the proxy on %s',
    (path) => expect(runsOn(path)).toBe(true),
  );

  it.each(['/', '/sign-in', '/middleware-examples', '/api/auth/session'])(
    'leaves %s alone',
    (path) => expect(runsOn(path)).toBe(false),
  );
});

describe('its function', () => {
  const run = (cookie?: string) => {
    const req = new NextRequest(`${ORIGIN}/middleware-example/admin?x=1`, {
      headers: cookie ? { cookie } : {},
    });
    const proxy = proxyModule.default as unknown as (
      req: NextRequest,
      event: NextFetchEvent,
    ) => Promise<Response | undefined>;
    return proxy(req, {} as NextFetchEvent);
  };

  it('sends a signed-out visitor to sign in, and back after', async () => {
    const response = await run();
    expect(response?.status).toBe(307);
    const location = new URL(response?.headers.get('location') ?? '');
    expect(location.pathname).toBe('/sign-in');
    expect(location.searchParams.get('callbackUrl')).toBe(
      '/middleware-example/admin?x=1',
    );
  });

  it('lets a visitor with a valid session through', async () => {
    const token = await encode({
      token: { name: 'Demo User', sub: 'demo' },
      secret: TEST_SECRET,
    });
    expect(await run(`${SESSION_COOKIE}=${token}`)).toBeUndefined();
  });

  it('sends a visitor with a cookie from another secret to sign in', async () => {
    const token = await encode({
      token: { name: 'Demo User', sub: 'demo' },
      secret: 'another-secret-entirely-0123456789',
    });
    expect((await run(`${SESSION_COOKIE}=${token}`))?.status).toBe(307);
  });
});
