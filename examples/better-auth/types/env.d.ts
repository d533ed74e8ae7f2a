// Every environment variable the app reads, in one place.
// See .env.local.example for what each one does.
declare namespace NodeJS {
  interface ProcessEnv {
    /** The app's public URL; Better Auth builds links and its trusted origin from it. */
    BETTER_AUTH_URL?: string;
    /** Signs the session cookie. Required in production. */
    BETTER_AUTH_SECRET?: string;
    /** `off` or `on`; unset: Better Auth's default (on under `next start` only). */
    BETTER_AUTH_RATE_LIMIT?: string;
    /** The demo member's password; required for the account under `next start`. */
    DEMO_PASSWORD?: string;
    /** The demo admin's password; required for the account under `next start`. */
    ADMIN_PASSWORD?: string;
    /** PostgreSQL; scripts/start.mjs sets it to the embedded one when unset. */
    DATABASE_URL?: string;
    /** The pool's size: 1 for the embedded database, 10 by default. */
    DATABASE_POOL_MAX?: string;
    /** Where the embedded database keeps its files (scripts/start.mjs). */
    PGLITE_DATA_DIR?: string;
    /** Set by Next.js: which phase is running (build, start, dev). */
    NEXT_PHASE?: string;
    /** Set by Next.js: 'nodejs' or 'edge'. */
    NEXT_RUNTIME?: string;
  }
}
