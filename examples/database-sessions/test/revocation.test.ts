// What database sessions give that JWT sessions cannot: a session that ends
// when the server says so, for every copy of its cookie.
import { describe, expect, inject, it } from 'vitest';
import { REFUSED, SIGNED_IN, answersTo } from './answers';
import { EmailBrowser, newEmail } from './email-browser';

const app = inject('databaseApp');

describe('signing out', () => {
  it('refuses a copy of the old cookie, unlike a JWT, which stays valid until it expires', async () => {
    const visitor = new EmailBrowser(app);
    const token = await visitor.signIn(newEmail('sign-out'));
    expect(await answersTo(app, token)).toEqual(SIGNED_IN);

    await visitor.signOut();

    expect(visitor.sessionToken()).toBeUndefined();
    expect(await answersTo(app, token)).toEqual(REFUSED);
  });
});

describe('signing out everywhere', () => {
  it('refuses every cookie of that user, in every browser, and no one else’s', async () => {
    const email = newEmail('everywhere');
    const [laptop, phone, someoneElse] = [1, 2, 3].map(
      () => new EmailBrowser(app),
    );
    const laptopToken = await laptop.signIn(email);
    const phoneToken = await phone.signIn(email);
    const otherToken = await someoneElse.signIn(newEmail('bystander'));
    const home = await (await laptop.request('/')).text();
    expect(home).toContain('Your active sessions (2)');

    const response = await phone.post('/api/sign-out-everywhere');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ revoked: 2 });
    expect(await answersTo(app, laptopToken)).toEqual(REFUSED);
    expect(await answersTo(app, phoneToken)).toEqual(REFUSED);
    expect(await answersTo(app, otherToken)).toEqual(SIGNED_IN);
  });

  it.each([
    ['from another site', { origin: 'https://evil.example' }],
    ['with no Origin header', {}],
  ])('refuses a request %s, and the session lives on', async (_, headers) => {
    const visitor = new EmailBrowser(app);
    const token = await visitor.signIn(newEmail('forged'));

    const response = await visitor.request('/api/sign-out-everywhere', {
      method: 'POST',
      headers,
    });

    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: 'Cross-site request refused.',
    });
    expect(await answersTo(app, token)).toEqual(SIGNED_IN);
  });

  it('answers only POST', async () => {
    const response = await new EmailBrowser(app).request(
      '/api/sign-out-everywhere',
    );
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});
