// Where to send a visitor after signing in: `callbackUrl` from the address
// bar, which anyone can write. Only a path on this site is kept; anything
// else (another site, `//evil.example`, `javascript:`, garbage) goes home.
// The app checks it itself: Better Auth checks its own `callbackURL` against
// its trusted origins, but the sign-in form here never sends one.
// https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html

// #region same-site-path
/** `value` as a path on this site (with its query), or '/' for anything else. */
export function sameSitePath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/';
  // Resolved against a placeholder origin: `//host` and `/\host` leave it.
  const base = 'http://this.site';
  if (!URL.canParse(value, base)) return '/';
  const url = new URL(value, base);
  if (url.origin !== base) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
// #endregion same-site-path
