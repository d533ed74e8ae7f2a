// The pages protected on the server: what the HTML itself contains, and
// what the proxy (middleware) answers before any page renders.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type CookieJar, request, signIn } from './helpers';

const baseUrl = inject('exampleBaseUrl');

describe('signed out', () => {
  it('server-side-example denies access in the server HTML', async () => {
    const response = await request(`${baseUrl}/server-side-example`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain('Access Denied');
    expect(html).not.toContain('Protected Page');
  });

  it('middleware-example redirects (307) to sign-in, coming back afterwards', async () => {
    const response = await request(`${baseUrl}/middleware-example`);

    expect(response.status).toBe(307);
    const location = new URL(response.headers.get('location') ?? '', baseUrl);
    expect(location.pathname).toBe('/api/auth/signin');
    expect(location.searchParams.get('callbackUrl')).toBe(
      '/middleware-example',
    );
  });
});

describe('signed in with the demo account', () => {
  let jar: CookieJar;

  beforeAll(async () => {
    ({ jar } = await signIn(baseUrl, 'demo', 'demo'));
  });

  it('server-side-example renders the protected page in the server HTML', async () => {
    const response = await request(`${baseUrl}/server-side-example`, jar);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain('Protected Page');
    expect(html).toContain('Demo User');
    expect(html).not.toContain('Access Denied');
  });

  it('middleware-example lets the request through', async () => {
    const response = await request(`${baseUrl}/middleware-example`, jar);

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Protected Page');
  });
});
