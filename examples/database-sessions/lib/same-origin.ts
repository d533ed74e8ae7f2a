// Cross-site request forgery: a page on another site can make a visitor's
// browser POST here, cookies included. Browsers send an `Origin` header with
// every POST, so a state-changing route accepts only this app's own origin.
// https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html
import type { NextApiRequest } from 'next';

// #region same-origin
/** This app's origin, from the same NEXTAUTH_URL that NextAuth.js uses. */
const APP_ORIGIN = process.env.NEXTAUTH_URL
  ? new URL(process.env.NEXTAUTH_URL).origin
  : undefined;

export function isSameOrigin(req: Pick<NextApiRequest, 'headers'>): boolean {
  // No Origin at all (an old client, a script) is refused too: the check
  // must fail closed.
  return APP_ORIGIN !== undefined && req.headers.origin === APP_ORIGIN;
}
// #endregion same-origin
