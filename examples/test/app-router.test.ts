// The App Router twins (app/app-router/*): the same answers as the Pages
// Router's routes, from server components and route handlers.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type CookieJar,
  jarWithSession,
  request,
  signIn,
  signOut,
} from './helpers';
import { invalidSessionCookies } from './invalid-cookies';

const baseUrl = inject('exampleBaseUrl');
const SESSION_ROUTE = '/app-router/api/get-session-example';
const TOKEN_ROUTE = '/app-router/api/get-token-example';
const HANDLERS = [SESSION_ROUTE, TOKEN_ROUTE];
const PAGES = [
  '/app-router/server-side-example',
  // A client component, but server-rendered with the session the layout
  // read: its HTML is already right too.
  '/app-router/client-side-example',
];

describe('signed out', () => {
  it.each(HANDLERS)('%s answers 401 with a JSON error', async (route) => {
    const response = await request(`${baseUrl}${route}`);

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: expect.any(String) });
  });

  it.each(PAGES)('%s denies access in the server HTML', async (route) => {
    const response = await request(`${baseUrl}${route}`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain('Access Denied');
    expect(html).not.toContain('Protected Page');
  });
});

describe('signed in with the demo account', () => {
  let jar: CookieJar;

  beforeAll(async () => {
    ({ jar } = await signIn(baseUrl, 'demo', 'demo'));
  });

  it('get-session-example returns the session, custom role included', async () => {
    const response = await request(`${baseUrl}${SESSION_ROUTE}`, jar);

    expect(response.status).toBe(200);
    // getServerSession(authOptions) (the App Router form) leaves out
    // `expires`, which the Pages Router's API route returns.
    expect(await response.json()).toEqual({
      user: {
        name: 'Demo User',
        email: 'demo@example.com',
        image: null,
        role: 'member',
      },
    });
  });

  it('get-token-example returns the decoded JWT, custom role included', async () => {
    const response = await request(`${baseUrl}${TOKEN_ROUTE}`, jar);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      name: 'Demo User',
      email: 'demo@example.com',
      sub: 'demo',
      role: 'member',
      exp: expect.any(Number),
    });
  });

  it.each(PAGES)(
    '%s renders the protected page in the server HTML',
    async (route) => {
      const response = await request(`${baseUrl}${route}`, jar);
      const html = await response.text();

      expect(response.status).toBe(200);
      expect(html).toContain('Protected Page');
      expect(html).toContain('Demo User');
      expect(html).not.toContain('Access Denied');
    },
  );
});

describe('a session cookie that is not a valid session', async () => {
  const { sessionCookie = '' } = await signIn(baseUrl, 'demo', 'demo');
  const cookies = await invalidSessionCookies(sessionCookie);

  it('the valid cookie it was made from works', async () => {
    const response = await request(
      `${baseUrl}${SESSION_ROUTE}`,
      jarWithSession(sessionCookie),
    );
    expect(response.status).toBe(200);
  });

  describe.each(Object.entries(cookies))('%s', (_, value) => {
    it.each(HANDLERS)('%s answers 401', async (route) => {
      const response = await request(
        `${baseUrl}${route}`,
        jarWithSession(value),
      );
      expect(response.status).toBe(401);
    });

    it('server-side-example denies access', async () => {
      const response = await request(
        `${baseUrl}/app-router/server-side-example`,
        jarWithSession(value),
      );
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Access Denied');
    });
  });
});

describe('signing out', () => {
  it('the route handlers and the server page deny access again', async () => {
    const { jar } = await signIn(baseUrl, 'demo', 'demo');
    for (const route of HANDLERS) {
      expect((await request(`${baseUrl}${route}`, jar)).status).toBe(200);
    }

    await signOut(baseUrl, jar);

    for (const route of HANDLERS) {
      expect((await request(`${baseUrl}${route}`, jar)).status).toBe(401);
    }
    const page = await request(
      `${baseUrl}/app-router/server-side-example`,
      jar,
    );
    expect(await page.text()).toContain('Access Denied');
  });
});
