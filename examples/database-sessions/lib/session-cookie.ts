// The name of NextAuth.js's session cookie, for code that reads the cookie
// itself (the proxy, the sessions list). On https it has the `__Secure-`
// prefix. Left alone, the auth route decides that from NEXTAUTH_URL or, when
// AUTH_TRUST_HOST is set without it, from each request's X-Forwarded-Proto,
// which code outside the route cannot repeat: so the app decides once, here,
// and tells the route (`useSecureCookies` in lib/auth.ts).
// https://next-auth.js.org/configuration/options#usesecurecookies
import type { NextApiRequest } from 'next';

/** getToken's rule in next-auth/jwt, so all of NextAuth.js agrees. */
export const useSecureCookies =
  process.env.NEXTAUTH_URL?.startsWith('https://') ?? !!process.env.VERCEL;

export const SESSION_COOKIE = `${useSecureCookies ? '__Secure-' : ''}next-auth.session-token`;

/** The session token this request carries, if any: a random id, not a JWT. */
export function sessionTokenOf(req: Pick<NextApiRequest, 'cookies'>) {
  return req.cookies[SESSION_COOKIE];
}
