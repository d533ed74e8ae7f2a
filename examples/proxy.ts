// Protects whole routes before they render. Next.js 16 calls this file
// proxy.ts (it was middleware.ts before). withAuth reads the session from the
// JWT cookie, so it works only with the JWT session strategy.
// https://next-auth.js.org/configuration/nextjs#middleware
import { withAuth } from 'next-auth/middleware';
import { secret } from '@/lib/env';

// #region with-auth
// Signed out: a 307 redirect to /api/auth/signin?callbackUrl=<the page>.
// Signed in: the request goes on to the page.
export default withAuth({ secret });
// #endregion with-auth

// #region matcher
// Only these paths go through the proxy; `:path*` also covers sub-pages.
export const config = {
  matcher: ['/middleware-example/:path*'],
};
// #endregion matcher
