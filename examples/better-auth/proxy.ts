// Runs before the pages of one section. Next.js 16 calls this file proxy.ts
// (it was middleware.ts before) and runs it on Node.js. It is a first line
// only: getSessionCookie() says whether a session cookie is there, without
// checking its signature or the database, so a made-up cookie passes. It
// saves a signed-out visitor a render; every page behind it checks the
// session in full itself (Better Auth's docs say the same).
// https://www.better-auth.com/docs/integrations/next#middleware
import { getSessionCookie } from 'better-auth/cookies';
import { NextResponse, type NextRequest } from 'next/server';

// #region proxy
export default function proxy(req: NextRequest) {
  // The cookie's name is Better Auth's default (better-auth.session_token,
  // with __Secure- on https): pass cookiePrefix here if lib/auth.ts sets one.
  if (getSessionCookie(req)) return NextResponse.next();

  // No cookie: to sign-in (307), with a callbackUrl that brings them back.
  const signIn = new URL('/sign-in', req.url);
  const { pathname, search } = req.nextUrl;
  signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

// The protected section: one page and everything below it. The sign-in
// page stays outside, or signing in would need a session.
export const config = {
  matcher: ['/middleware-example', '/middleware-example/:path*'],
};
// #endregion proxy
