// A visitor of the database-sessions app, on the shared test support
// (test/support/): NextAuth.js's Email sign-in, with the link read from the
// server's log.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { requestWithCookie } from '../../../test/support/browser';
import { NextAuthBrowser } from '../../../test/support/next-auth-browser';
import { SESSION_COOKIE } from '../lib/session-cookie';

export interface App {
  baseUrl: string;
  logFile: string;
}

/** A fresh address per test, so tests sharing a server share no user. */
export const newEmail = (label: string) =>
  `${label}-${randomUUID().slice(0, 8)}@example.com`;

/** Waits for the server to print the sign-in link for `email`, and returns it. */
export async function signInLinkFor(app: App, email: string): Promise<string> {
  const prefix = `Sign-in link for ${JSON.stringify(email)}: `;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    const lines = (await readFile(app.logFile, 'utf8')).split('\n');
    const line = lines.findLast((text) => text.startsWith(prefix));
    if (line) return line.slice(prefix.length);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No sign-in link for ${email} in ${app.logFile}`);
}

export class EmailBrowser extends NextAuthBrowser {
  constructor(readonly app: App) {
    super(app.baseUrl);
  }

  /** Asks for a sign-in link, as the built-in sign-in form does. */
  async askForLink(email: string): Promise<Response> {
    return this.post('/api/auth/signin/email', {
      csrfToken: await this.csrfToken(),
      email,
      callbackUrl: `${this.baseUrl}/`,
    });
  }

  /** Signs in by the link from the log; returns the session token. */
  async signIn(email: string): Promise<string> {
    await this.askForLink(email);
    await this.request(await signInLinkFor(this.app, email));
    const token = this.sessionToken();
    if (!token) throw new Error(`Signing in as ${email} made no session`);
    return token;
  }

  sessionToken(): string | undefined {
    return this.cookie(SESSION_COOKIE);
  }
}

/** A request carrying only this session cookie: a copied or made-up one. */
export const requestWithToken = (
  app: App,
  path: string,
  token: string,
  init?: RequestInit,
) =>
  requestWithCookie(
    app.baseUrl,
    path,
    { name: SESSION_COOKIE, value: token },
    init,
  );
