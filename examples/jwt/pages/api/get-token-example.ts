// An API route that decodes the session cookie itself with getToken. No
// callbacks run and nothing is fetched: it decrypts the JWT with the secret.
// Server only, JWT sessions only, and the secret must be the auth route's.
// https://next-auth.js.org/configuration/options#jwt-helper
import type { NextApiRequest, NextApiResponse } from 'next';
import { getToken, type JWT } from 'next-auth/jwt';
import { PRIVATE } from '@/lib/cache-control';
import { secret } from '@/lib/env';
import { useSecureCookies } from '@/lib/secure-cookies';

type Body = JWT | { error: string };

// #region handler
export default async function handler(
  req: NextApiRequest,
  res: NextApiResponse<Body>,
) {
  // This visitor's answer: no shared cache may keep it.
  res.setHeader('Cache-Control', PRIVATE);
  // On https the cookie is `__Secure-next-auth.session-token`. Left alone,
  // getToken tells by NEXTAUTH_URL, which behind a reverse proxy may be
  // unset: it is told the rule the auth route follows (lib/secure-cookies.ts).
  const token = await getToken({
    req,
    secret,
    secureCookie: useSecureCookies,
  });

  if (!token) {
    res.status(401).json({ error: 'You must be signed in to read this.' });
    return;
  }

  res.status(200).json(token);
}
// #endregion handler
