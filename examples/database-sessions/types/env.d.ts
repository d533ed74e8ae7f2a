// Every environment variable the app reads, in one place.
// See .env.local.example for what each one does.
declare namespace NodeJS {
  interface ProcessEnv {
    /** The app's public URL; NextAuth.js builds links from it. */
    NEXTAUTH_URL?: string;
    /** Signs the CSRF token and hashes sign-in tokens. Required in production. */
    NEXTAUTH_SECRET?: string;
    /** PostgreSQL; scripts/start.mjs sets it to the embedded one when unset. */
    DATABASE_URL?: string;
    /** The pool's size: 1 for the embedded database, 10 by default. */
    DATABASE_POOL_MAX?: string;
    /** Where the embedded database keeps its files (scripts/start.mjs). */
    PGLITE_DATA_DIR?: string;
    /** SMTP for the sign-in links; unset, they are printed in the log. */
    EMAIL_SERVER?: string;
    EMAIL_FROM?: string;
    /** Set by Next.js: which phase is running (build, start, dev). */
    NEXT_PHASE?: string;
    /** Set by Next.js: 'nodejs' or 'edge'. */
    NEXT_RUNTIME?: string;
  }
}
