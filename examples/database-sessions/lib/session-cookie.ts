// The name of NextAuth.js's session cookie, for code that reads the cookie
// itself (the proxy, the sessions list). NextAuth.js picks it from
// NEXTAUTH_URL: on https it has the `__Secure-` prefix.
// https://next-auth.js.org/configuration/options#cookies
import type { NextApiRequest } from 'next';

const secure = process.env.NEXTAUTH_URL?.startsWith('https://') ?? false;

export const SESSION_COOKIE = `${secure ? '__Secure-' : ''}next-auth.session-token`;

/** The session token this request carries, if any: a random id, not a JWT. */
export function sessionTokenOf(req: Pick<NextApiRequest, 'cookies'>) {
  return req.cookies[SESSION_COOKIE];
}
