// The NextAuth.js route: sign-in and sign-out pages, provider callbacks,
// CSRF and session endpoints, all under /api/auth/*. In front of it, the
// limit on guessing passwords (lib/sign-in-limit.ts).
// https://next-auth.js.org/configuration/initialization#advanced-initialization
import type { NextApiRequest, NextApiResponse } from 'next';
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';
import { clientAddress } from '@/lib/client-address';
import { countAttempt } from '@/lib/sign-in-limit';
import { tooManyAttempts } from '@/lib/too-many-attempts';
import { useSecureCookies } from '@/lib/secure-cookies';

// The session cookie, in chunks `.0`, `.1`… when large. Only a sign-in sets it.
const SESSION_COOKIE = new RegExp(
  `^${useSecureCookies ? '__Secure-' : ''}next-auth\\.session-token(\\.\\d+)?=`,
);

// #region route
export default async function auth(req: NextApiRequest, res: NextApiResponse) {
  // Where NextAuth.js itself reads the action and provider, so no spelling
  // of the URL can reach its credentials callback without passing here.
  const [action, provider] = [req.query.nextauth ?? []].flat();
  if (
    req.method !== 'POST' ||
    action !== 'callback' ||
    provider !== 'credentials'
  ) {
    return NextAuth(req, res, authOptions);
  }
  const attempt = await countAttempt(req.body?.username, clientAddress(req));
  if (!attempt.allowed) return tooManyAttempts(req, res, attempt.retryAfter);

  await NextAuth(req, res, authOptions);
  const cookies = [res.getHeader('set-cookie') ?? []].flat().map(String);
  if (cookies.some((cookie) => SESSION_COOKIE.test(cookie))) {
    await attempt.signedIn();
  }
}
// #endregion route
