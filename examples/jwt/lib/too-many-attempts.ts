// What a visitor gets when the sign-in limit (lib/sign-in-limit.ts) refuses
// a try: the app's sign-in page, told why, with ?error=TooManyAttempts and
// the seconds to wait (lib/sign-in-errors.ts puts them in words).
import type { NextApiRequest, NextApiResponse } from 'next';
import { authOptions } from '@/lib/auth';
import { TOO_MANY_ATTEMPTS } from '@/lib/sign-in-errors';

const SIGN_IN_PAGE = authOptions.pages?.signIn ?? '/api/auth/signin';

// #region too-many-attempts
export function tooManyAttempts(
  req: NextApiRequest,
  res: NextApiResponse,
  retryAfter: number,
) {
  const { callbackUrl } = req.body ?? {};
  const query = new URLSearchParams({
    error: TOO_MANY_ATTEMPTS,
    retryAfter: `${retryAfter}`,
    callbackUrl: typeof callbackUrl === 'string' ? callbackUrl : '/',
  });
  // Absolute, as NextAuth.js's own answers are (signIn({ redirect: false }) parses it).
  const origin = process.env.NEXTAUTH_URL
    ? new URL(process.env.NEXTAUTH_URL).origin
    : '';
  const signInPage = `${origin}${SIGN_IN_PAGE}?${query}`;

  // signIn() from next-auth/react posts json=true and, whatever the status,
  // goes to the `url` of the JSON answer: a 429 can say it all.
  if (req.body?.json === 'true') {
    res.setHeader('Retry-After', retryAfter);
    return res.status(429).json({ url: signInPage });
  }
  // A plain form post needs a page that says why, so a redirect, which
  // cannot be a 429. No Retry-After either: on a redirect it would ask the
  // browser to wait before following it.
  res.redirect(302, signInPage);
}
// #endregion too-many-attempts
