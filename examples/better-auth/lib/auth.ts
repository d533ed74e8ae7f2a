// The one Better Auth configuration of the app. Its route
// (app/api/auth/[...all]/route.ts), every session check on the server and
// the start-up setup (lib/setup.ts) use it: one source of truth.
// https://www.better-auth.com/docs/integrations/next
import { betterAuth, type BetterAuthOptions } from 'better-auth';
import { nextCookies } from 'better-auth/next-js';
import { admin, username } from 'better-auth/plugins';
import { pool } from '@/lib/db';
import { secret } from '@/lib/env';
import { ipAddress, rateLimitOf } from '@/lib/rate-limit';

// #region options
export const authOptions = {
  database: pool, // a `pg` Pool: Better Auth talks to it through Kysely
  // BETTER_AUTH_SECRET (lib/env.ts). A production server without it stops
  // before this module is ever loaded (lib/start-server.ts).
  secret,
  // Sign-in links, redirects and the trusted origin (the check of every
  // POST's Origin header) come from it. .env sets it to this machine's.
  baseURL: process.env.BETTER_AUTH_URL,
  emailAndPassword: {
    enabled: true,
    // The two demo accounts are the only ones (lib/demo-accounts.ts).
    disableSignUp: true,
    // Better Auth's default is 8; the demo passwords are shorter.
    minPasswordLength: 4,
  },
  rateLimit: rateLimitOf(),
  advanced: { ipAddress },
  plugins: [
    username(), // sign in with a username: POST /api/auth/sign-in/username
    admin(), // a `role` on each user ('user' unless set), and admin routes
    // Lets auth.api calls in Server Actions set cookies. Keep it last.
    nextCookies(),
  ],
} satisfies BetterAuthOptions;
// #endregion options

// #region auth
export const auth = betterAuth(authOptions);

export type Session = typeof auth.$Infer.Session;
// #endregion auth

/**
 * The same configuration on another connection: the start-up setup
 * (lib/setup.ts) runs Better Auth on the one connection that holds its lock.
 */
export function authOn(database: BetterAuthOptions['database']) {
  return betterAuth({ ...authOptions, database });
}
export type Auth = ReturnType<typeof authOn>;
