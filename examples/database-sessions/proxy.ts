// Protecting a whole section with database sessions. withAuth from
// next-auth/middleware cannot: it reads the session with getToken(), which
// only decodes JWT cookies, finds nothing in this cookie's random id, and
// sends every signed-in visitor to sign in, which sends them back: a loop.
// Next.js 16 runs proxy.ts on Node.js, so it can ask the database instead.
// https://nextjs.org/docs/app/api-reference/file-conventions/proxy
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/session-cookie';
import { findLiveSession } from '@/lib/sessions';

// #region proxy
export default async function proxy(req: NextRequest) {
  const token = req.cookies.get(SESSION_COOKIE)?.value;
  // One lookup by the session's id: revoked, expired or made-up ids fail.
  let live;
  try {
    live = await findLiveSession(token);
  } catch (error) {
    // The database is down: say so, rather than send a signed-in visitor
    // to sign in as if their session had ended.
    console.error('The session lookup failed:', error);
    return new NextResponse('Sessions cannot be checked right now.', {
      status: 503,
      headers: { 'Retry-After': '10', 'Cache-Control': 'no-store' },
    });
  }
  if (live) return NextResponse.next();

  // Signed out: to sign-in, with a callbackUrl that brings them back.
  const signIn = new URL('/api/auth/signin', req.url);
  const { pathname, search } = req.nextUrl;
  signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

// The protected section: one page and everything below it. The sign-in
// pages (/api/auth/*) stay outside, or signing in would need a session.
export const config = {
  matcher: ['/middleware-example', '/middleware-example/:path*'],
};
// #endregion proxy
