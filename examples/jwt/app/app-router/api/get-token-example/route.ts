// A route handler that decodes the session cookie itself with getToken: the
// App Router twin of pages/api/get-token-example.ts. No callbacks run and
// nothing is fetched: it decrypts the JWT from the request with the secret.
// Server only, JWT sessions only, and the secret must be the auth route's.
// https://next-auth.js.org/configuration/options#jwt-helper
import { getToken, type JWT } from 'next-auth/jwt';
import type { NextRequest, NextResponse } from 'next/server';
import { privateJson } from '@/lib/cache-control';
import { secret } from '@/lib/env';
import { useSecureCookies } from '@/lib/secure-cookies';

type Body = JWT | { error: string };

// #region handler
export async function GET(req: NextRequest): Promise<NextResponse<Body>> {
  // On https the cookie is `__Secure-next-auth.session-token`. Left alone,
  // getToken tells by NEXTAUTH_URL, which behind a reverse proxy may be
  // unset: it is told the rule the auth route follows (lib/secure-cookies.ts).
  const token = await getToken({
    req,
    secret,
    secureCookie: useSecureCookies,
  });

  if (!token) {
    return privateJson(
      { error: 'You must be signed in to read this.' },
      { status: 401 },
    );
  }

  // Cache-Control: private, no-store (lib/cache-control.ts).
  return privateJson(token);
}
// #endregion handler
