// The one NextAuth.js configuration of the app. The auth route, every
// getServerSession call and nothing else import it: one source of truth.
// https://next-auth.js.org/configuration/options
import type { NextAuthOptions } from 'next-auth';
import EmailProvider from 'next-auth/providers/email';
import { adapter } from '@/lib/adapter';
import { secret } from '@/lib/env';
import { useSecureCookies } from '@/lib/session-cookie';
import { printSignInLink } from '@/lib/sign-in-link';

const DAY = 24 * 60 * 60;

// #region auth-options
export const authOptions: NextAuthOptions = {
  secret,
  adapter,
  session: {
    // The default once there is an adapter; written out to be plain.
    strategy: 'database',
    maxAge: 30 * DAY,
    // Push `expires` forward (a SELECT and an UPDATE in the adapter) at most
    // once a day per session.
    updateAge: DAY,
  },
  providers: [
    EmailProvider({
      server: process.env.EMAIL_SERVER,
      from: process.env.EMAIL_FROM ?? 'NextAuth example <no-reply@localhost>',
      // No mail server configured: print the link instead of mailing it.
      ...(process.env.EMAIL_SERVER
        ? {}
        : { sendVerificationRequest: printSignInLink }),
    }),
  ],
  // The cookie name the proxy reads (lib/session-cookie.ts).
  useSecureCookies,
  // Says where the link went: the built-in page always says "check your email".
  pages: { verifyRequest: '/verify-request' },
  callbacks: {
    // With database sessions this callback gets the user's row, not a JWT.
    // Add the id: "sign out everywhere" and the sessions list need it.
    session({ session, user }) {
      session.user.id = user.id;
      return session;
    },
  },
};
// #endregion auth-options
