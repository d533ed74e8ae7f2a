// Whether NextAuth.js's cookies are `__Secure-` ones (sent over https only),
// decided once here and given to every reader: the auth route and
// getServerSession (authOptions.useSecureCookies), the proxy's withAuth
// (the session cookie's name) and getToken (`secureCookie`). Left alone,
// they decide apart. The route goes by its origin: NEXTAUTH_URL, else
// X-Forwarded-Proto when AUTH_TRUST_HOST or VERCEL is set. getToken goes by
// NEXTAUTH_URL alone (else VERCEL). Behind a reverse proxy that terminates
// TLS, with AUTH_TRUST_HOST and no NEXTAUTH_URL, the route would write
// `__Secure-next-auth.session-token` and the proxy look for the plain name:
// every visitor signed out there.
// https://next-auth.js.org/configuration/options#usesecurecookies
import { trustsForwardedHost } from '@/lib/public-origin';

// #region use-secure-cookies
// NEXTAUTH_URL names the protocol. Without it, a trusted reverse proxy in
// front is one that terminates TLS: the visitor is on https.
export const useSecureCookies = process.env.NEXTAUTH_URL
  ? process.env.NEXTAUTH_URL.startsWith('https://')
  : trustsForwardedHost;

/** For withAuth, which takes a name (getToken takes `secureCookie`). */
export const sessionCookieName = useSecureCookies
  ? '__Secure-next-auth.session-token'
  : 'next-auth.session-token';
// #endregion use-secure-cookies
