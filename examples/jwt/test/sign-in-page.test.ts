// The app's own sign-in page (pages/sign-in.tsx): the form, a failed sign-in
// in words, only same-origin callback URLs, signed-in visitors sent on, and
// no loop through the proxy.
import { describe, expect, inject, it } from 'vitest';
import { Browser, answer, demoUser, signInPage } from './helpers';

const baseUrl = inject('exampleBaseUrl');
const { origin } = new URL(baseUrl);

describe('the sign-in page', () => {
  it('shows a signed-out visitor the username and password form', async () => {
    const { response, html } = await signInPage(baseUrl);
    expect(response.status).toBe(200);
    expect(html).toContain('<h1>Sign in</h1>');
    expect(html).toMatch(/<input[^>]*name="username"/);
    expect(html).toMatch(
      /<input[^>]*name="password"[^>]*type="password"|<input[^>]*type="password"[^>]*name="password"/,
    );
  });

  it('is where NextAuth.js sends sign-ins, so its default page is never shown', async () => {
    const response = await new Browser(baseUrl).request(
      '/api/auth/signin?callbackUrl=%2Fadmin-example',
    );
    expect(await answer(response)).toBe(
      `302 to /sign-in?callbackUrl=${origin}/admin-example`,
    );
  });

  it('says a failed sign-in in words', async () => {
    const { html } = await signInPage(baseUrl, '?error=CredentialsSignin');
    expect(html).toMatch(
      /<p role="alert">Wrong username or password\. Try again\.<\/p>/,
    );
  });

  it.each([
    ['/admin-example', `${origin}/admin-example`],
    [`${origin}/server-side-example?x=1`, `${origin}/server-side-example?x=1`],
    ['https://evil.example/', `${origin}/`],
    ['//evil.example/', `${origin}/`],
  ])('given callbackUrl %s, sends the form on to %s', async (asked, kept) => {
    const { callbackUrl } = await signInPage(
      baseUrl,
      `?callbackUrl=${encodeURIComponent(asked)}`,
    );
    expect(callbackUrl).toBe(kept);
  });

  it('sends a visitor who is already signed in on to the callbackUrl, or home', async () => {
    const member = await demoUser(baseUrl);
    const toPage = await signInPage(
      baseUrl,
      '?callbackUrl=%2Fclient-side-example',
      member,
    );
    expect(await answer(toPage.response)).toBe('307 to /client-side-example');
    const offSite = await signInPage(
      baseUrl,
      '?callbackUrl=https%3A%2F%2Fevil.example%2F',
      member,
    );
    expect(await answer(offSite.response)).toBe('307 to /');
  });

  it('is not behind the proxy: the way to sign in for a protected section is one redirect', async () => {
    const browser = new Browser(baseUrl);
    const redirect = await browser.request('/middleware-example/admin');
    expect(await answer(redirect)).toBe(
      '307 to /sign-in?callbackUrl=/middleware-example/admin',
    );
    const page = await browser.request(redirect.headers.get('location')!);
    expect(page.status).toBe(200);
  });
});
