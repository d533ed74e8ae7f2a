// The two API routes: 401 JSON without a session, the data with one.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type CookieJar, request, signIn } from './helpers';

const baseUrl = inject('exampleBaseUrl');
const ROUTES = ['/api/get-session-example', '/api/get-token-example'];

describe.each(ROUTES)('%s', (route) => {
  it('answers 401 with a JSON error when signed out', async () => {
    const response = await request(`${baseUrl}${route}`);

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: expect.any(String) });
  });
});

describe('signed in with the demo account', () => {
  let jar: CookieJar;

  beforeAll(async () => {
    ({ jar } = await signIn(baseUrl, 'demo', 'demo'));
  });

  it('get-session-example returns the session, custom role included', async () => {
    const response = await request(`${baseUrl}/api/get-session-example`, jar);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      user: {
        name: 'Demo User',
        email: 'demo@example.com',
        image: null,
        role: 'member',
      },
      expires: expect.any(String),
    });
  });

  it('get-token-example returns the decoded JWT, custom role included', async () => {
    const response = await request(`${baseUrl}/api/get-token-example`, jar);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      name: 'Demo User',
      email: 'demo@example.com',
      sub: 'demo',
      role: 'member',
      exp: expect.any(Number),
    });
  });
});
