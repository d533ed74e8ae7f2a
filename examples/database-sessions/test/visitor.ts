// A visitor, as the HTTP tests see one: a cookie jar (tough-cookie, kept by
// fetch-cookie as a browser would) and NextAuth.js's Email sign-in, with the
// link read from the server's log.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import fetchCookie from 'fetch-cookie';
import { CookieJar } from 'tough-cookie';
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

export class Visitor {
  readonly jar = new CookieJar();
  private readonly fetch = fetchCookie(fetch, this.jar);

  constructor(readonly app: App) {}

  /** A request from this visitor's browser; redirects are not followed. */
  request(route: string, init: RequestInit = {}): Promise<Response> {
    return this.fetch(new URL(route, this.app.baseUrl), {
      redirect: 'manual',
      ...init,
    });
  }

  /** A same-origin POST, as the app's own pages send. */
  post(route: string, body?: URLSearchParams): Promise<Response> {
    return this.request(route, {
      method: 'POST',
      headers: { origin: this.app.baseUrl },
      body,
    });
  }

  async csrfToken(): Promise<string> {
    const response = await this.request('/api/auth/csrf');
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  /** Asks for a sign-in link, as the built-in sign-in form does. */
  async askForLink(email: string): Promise<Response> {
    const body = new URLSearchParams({
      csrfToken: await this.csrfToken(),
      email,
      callbackUrl: `${this.app.baseUrl}/`,
    });
    return this.post('/api/auth/signin/email', body);
  }

  /** Signs in by the link from the log; returns the session token. */
  async signIn(email: string): Promise<string> {
    await this.askForLink(email);
    await this.request(await signInLinkFor(this.app, email));
    const token = await this.sessionToken();
    if (!token) throw new Error(`Signing in as ${email} made no session`);
    return token;
  }

  /** Signs out as the built-in sign-out page does. */
  async signOut(): Promise<Response> {
    const body = new URLSearchParams({ csrfToken: await this.csrfToken() });
    return this.post('/api/auth/signout', body);
  }

  async sessionToken(): Promise<string | undefined> {
    const cookies = await this.jar.getCookies(this.app.baseUrl);
    return cookies.find((cookie) => cookie.key === SESSION_COOKIE)?.value;
  }
}

/** A request carrying only this session cookie: a copied or made-up one. */
export function requestWithToken(
  app: App,
  route: string,
  token: string,
  init: RequestInit = {},
): Promise<Response> {
  return fetch(new URL(route, app.baseUrl), {
    redirect: 'manual',
    ...init,
    headers: { origin: app.baseUrl, cookie: `${SESSION_COOKIE}=${token}` },
  });
}
