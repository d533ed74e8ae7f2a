// Every environment variable the app reads, in one place.
// See .env.local.example for what each one does.
declare namespace NodeJS {
  interface ProcessEnv {
    /** The app's public URL; NextAuth.js builds redirects from it. */
    NEXTAUTH_URL?: string;
    /** Without NEXTAUTH_URL: the public origin comes from the reverse proxy's X-Forwarded-* headers. */
    AUTH_TRUST_HOST?: string;
    /** Where next-auth/react's getSession() on the server reaches the app itself. */
    NEXTAUTH_URL_INTERNAL?: string;
    /** Set by Vercel; NextAuth.js then trusts the forwarded host, as with AUTH_TRUST_HOST. */
    VERCEL?: string;
    /** Signs and encrypts the session cookie. Required in production. */
    NEXTAUTH_SECRET?: string;
    /** The demo accounts of the Credentials provider (demo / demo, admin / admin, sam / sam). */
    DEMO_USERNAME?: string;
    DEMO_PASSWORD?: string;
    ADMIN_USERNAME?: string;
    ADMIN_PASSWORD?: string;
    SECOND_USERNAME?: string;
    SECOND_PASSWORD?: string;
    /** Failed sign-ins allowed per username and per client address, in a window of seconds (lib/sign-in-limit.ts). */
    SIGN_IN_LIMIT_PER_USERNAME?: string;
    SIGN_IN_LIMIT_PER_ADDRESS?: string;
    SIGN_IN_LIMIT_WINDOW_SECONDS?: string;
    /** Which reverse proxies to believe about the client's address, as Express's `trust proxy` (lib/client-address.ts). */
    TRUST_PROXY?: string;
    /** A GitHub OAuth app; the provider is added only when both are set. */
    GITHUB_ID?: string;
    GITHUB_SECRET?: string;
    /** Set by Next.js: which phase is running (build, start, dev). */
    NEXT_PHASE?: string;
    /** Set by Next.js: 'nodejs' or 'edge'. */
    NEXT_RUNTIME?: string;
  }
}
