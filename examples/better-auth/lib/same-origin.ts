// Cross-site request forgery: a page on another site can make a visitor's
// browser POST here, cookies included. Browsers send an `Origin` header with
// every POST, so a state-changing route of the app's own accepts only this
// app's origin. (Better Auth's routes under /api/auth check it themselves;
// auth.api calls made on the server do not.)
// https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html

// #region same-origin
/** This app's origin, from the same BETTER_AUTH_URL that Better Auth uses. */
const APP_ORIGIN = process.env.BETTER_AUTH_URL
  ? new URL(process.env.BETTER_AUTH_URL).origin
  : undefined;

export function isSameOrigin(req: Request): boolean {
  // No Origin at all (an old client, a script) is refused too: the check
  // must fail closed.
  return APP_ORIGIN !== undefined && req.headers.get('origin') === APP_ORIGIN;
}
// #endregion same-origin
