// The smallest proxy that protects one section of an app, as a reader would
// write it: saved as proxy.ts at the app's root, it is the whole file. This
// app's own proxy.ts does more (hardening on every route), so this one is
// not in use here; test/smallest-proxy.test.ts runs it as Next.js would.
// https://next-auth.js.org/configuration/nextjs#middleware
// #region smallest-proxy
import { withAuth } from 'next-auth/middleware';

// Signed out: a 307 to the sign-in page, with a callbackUrl back here.
export default withAuth({
  // Optional: where to sign in (default: NextAuth.js's /api/auth/signin).
  pages: { signIn: '/sign-in' },
  // Optional: secret (default: process.env.NEXTAUTH_SECRET) and
  // callbacks.authorized (default: any valid session gets in).
});

// The section: /middleware-example and every path below it. Everything
// else never runs the proxy at all.
export const config = { matcher: ['/middleware-example/:path*'] };
// #endregion smallest-proxy
