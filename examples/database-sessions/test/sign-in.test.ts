// Signing in by email with no mail server: the link is on the server's
// output, one line each, and following it makes a database session.
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { EmailBrowser, newEmail, signInLinkFor } from './email-browser';

const app = inject('databaseApp');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function logLines(): Promise<string[]> {
  return (await readFile(app.logFile, 'utf8')).split('\n');
}

describe('signing in by email', () => {
  it('the production server says at start that links go to its log', async () => {
    expect(await logLines()).toContain(
      'EMAIL_SERVER is not set: sign-in links are not mailed but printed in ' +
        'this log, one line each, starting with "Sign-in link for".',
    );
  });

  it('asking for a link prints it on one line and says where it went', async () => {
    const visitor = new EmailBrowser(app);
    const email = newEmail('ask');

    const asked = await visitor.askForLink(email);
    expect(asked.status).toBe(302);
    const link = new URL(await signInLinkFor(app, email));
    expect(link.origin + link.pathname).toBe(
      `${app.baseUrl}/api/auth/callback/email`,
    );
    expect(link.searchParams.get('email')).toBe(email);
    const lines = (await logLines()).filter((line) => line.includes(email));
    expect(lines).toHaveLength(1);

    // NextAuth.js's verify-request route sends the visitor to the app's page.
    const verify = await visitor.request(asked.headers.get('location')!);
    const pagePath = verify.headers.get('location')!;
    expect(new URL(pagePath, app.baseUrl).pathname).toBe('/verify-request');
    const page = await (await visitor.request(pagePath)).text();
    expect(page).toContain('printed in the terminal running the app');
  });

  it('following the link signs in with a cookie that is a random id, not a JWT', async () => {
    const visitor = new EmailBrowser(app);
    const email = newEmail('follow');

    const token = await visitor.signIn(email);

    expect(token).toMatch(UUID);
    const session = await visitor.request('/api/get-session-example');
    expect(session.status).toBe(200);
    expect((await session.json()).user.email).toBe(email);
    const page = await (await visitor.request('/server-side-example')).text();
    expect(page).toContain(email);
  });

  it('a link signs in once: opened again, it makes no session', async () => {
    const first = new EmailBrowser(app);
    const email = newEmail('once');
    await first.askForLink(email);
    const link = await signInLinkFor(app, email);
    await first.request(link);
    expect(first.sessionToken()).toMatch(UUID);

    const second = new EmailBrowser(app);
    const again = await second.request(link);

    expect(
      new URL(again.headers.get('location')!).searchParams.get('error'),
    ).toBe('Verification');
    expect(second.sessionToken()).toBeUndefined();
  });

  it('an address with a line break in it cannot add a line of its own to the log', async () => {
    // One @ and a dot after it: NextAuth.js takes it as an address.
    const forged =
      'x\nSign-in link for victim: http://evil.example/?@example.com';
    await new EmailBrowser(app).askForLink(forged);

    const normalized = forged.toLowerCase();
    const link = await signInLinkFor(app, normalized);
    expect(link.startsWith(`${app.baseUrl}/`)).toBe(true);
    expect(
      (await logLines()).filter((line) =>
        /^sign-in link for victim/i.test(line),
      ),
    ).toEqual([]);
  });
});
