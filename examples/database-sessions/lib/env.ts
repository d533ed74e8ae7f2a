// Where the app gets NEXTAUTH_SECRET. With database sessions the session is
// a row in PostgreSQL, but NextAuth.js still signs the CSRF token and hashes
// each sign-in link's token with it: production needs a real one.
// https://next-auth.js.org/configuration/options#secret

/** Known to everyone who reads this file, so only `next dev` ever uses it. */
const DEV_ONLY_SECRET = 'dev-only-secret-of-the-database-sessions-example';

function resolveSecret(): string | undefined {
  // An empty value counts as unset, as it does for NextAuth.js itself.
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (process.env.NODE_ENV === 'development') return DEV_ONLY_SECRET;
  // Production: no fallback; instrumentation.ts refuses to start.
  return undefined;
}

export const secret = resolveSecret();
