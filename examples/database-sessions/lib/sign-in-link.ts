// Email sign-in without a mail server: the link goes to the server's output.
// NextAuth.js v4 makes no database session from Credentials, so the offline
// sign-in of this app is the Email provider (a "magic link").
// https://next-auth.js.org/providers/email#customizing-emails
import type { SendVerificationRequestParams } from 'next-auth/providers/email';

// #region print-link
export async function printSignInLink({
  identifier,
  url,
}: SendVerificationRequestParams): Promise<void> {
  // One line that holds the whole link, so it is easy to find and copy. The
  // address is quoted with JSON.stringify: someone signing in as an address
  // with a line break in it cannot forge a line of their own below it.
  console.log(`Sign-in link for ${JSON.stringify(identifier)}: ${url}`);
}
// #endregion print-link
