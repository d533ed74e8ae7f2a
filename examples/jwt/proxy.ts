// Runs before every page and API route. Next.js 16 calls this file proxy.ts
// (it was middleware.ts before) and runs it on Node.js. It is a first line:
// it sends signed-out visitors to sign in early, and every route it guards
// checks the session again itself (CVE-2025-29927 let a header skip it).
// withAuth reads the session with getToken(), which only understands the
// JWT cookie, so it works only with the JWT session strategy.
// https://next-auth.js.org/configuration/nextjs#middleware
import { withAuth, type NextRequestWithAuth } from 'next-auth/middleware';
import { NextResponse, type NextFetchEvent } from 'next/server';
import { withoutMalformedCallbackUrl } from '@/lib/callback-url';
import { refuseCrossOriginAction } from '@/lib/cross-origin';
import { secret } from '@/lib/env';
import { sessionCookieName } from '@/lib/secure-cookies';

// #region with-auth
// Signed out: withAuth redirects (307) to the sign-in page with
// ?callbackUrl=<the page>. Signed in: the function below runs.
const protectSection = withAuth(
  // #region role
  function refuseWithoutRole(req) {
    // Signed in without the role: 403 here, never a redirect to sign-in.
    // Saying no in an `authorized` callback instead would send a signed-in
    // member to sign in, which sends them straight back: a loop.
    const { pathname } = req.nextUrl;
    if (
      pathname.startsWith('/middleware-example/admin') &&
      req.nextauth.token?.role !== 'admin'
    ) {
      return NextResponse.rewrite(new URL('/forbidden', req.url), {
        status: 403,
      });
    }
  },
  // #endregion role
  {
    secret,
    pages: { signIn: '/sign-in' },
    // The name the auth route writes (lib/secure-cookies.ts), not the one
    // withAuth would guess from NEXTAUTH_URL alone.
    cookies: { sessionToken: { name: sessionCookieName } },
  },
);
// #endregion with-auth

// #region sections
// The protected section, and everything under it. The sign-in page is not
// in it: a sign-in page behind the proxy would loop.
const SECTION = /^\/middleware-example(\/|$)/;

export default async function proxy(
  req: NextRequestWithAuth,
  event: NextFetchEvent,
) {
  const refused =
    refuseCrossOriginAction(req) ??
    (SECTION.test(req.nextUrl.pathname)
      ? await protectSection(req, event)
      : undefined);
  // Everywhere else, and for visitors let in: hardening (lib/callback-url.ts
  // and lib/cross-origin.ts).
  return refused ?? withoutMalformedCallbackUrl(req);
}

// Every route but Next.js's own static files.
export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
// #endregion sections
