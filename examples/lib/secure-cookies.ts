// Whether NextAuth.js's cookies are `__Secure-` ones, decided once. The auth
// route and getToken (so the proxy's withAuth too) decide it by different
// rules: getToken looks at NEXTAUTH_URL alone (else VERCEL), while the route,
// when NEXTAUTH_URL is unset and AUTH_TRUST_HOST or VERCEL is, follows the
// request's X-Forwarded-Proto. Behind a proxy that terminates TLS, without
// NEXTAUTH_URL, the route would write `__Secure-next-auth.session-token` and
// getToken look for `next-auth.session-token`: every visitor signed out in
// the proxy. Giving the route getToken's rule makes them agree.
// https://next-auth.js.org/configuration/options#usesecurecookies

// #region use-secure-cookies
/** getToken's own rule (next-auth/jwt), for the auth route to follow too. */
export const useSecureCookies =
  process.env.NEXTAUTH_URL?.startsWith('https://') ?? !!process.env.VERCEL;
// #endregion use-secure-cookies
