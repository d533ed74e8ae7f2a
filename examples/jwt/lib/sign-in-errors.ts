// What the sign-in page says for each ?error= it is sent back with.
// NextAuth.js names its own errors; TooManyAttempts is the app's: the auth
// route (pages/api/auth/[...nextauth].ts) sends it, with ?retryAfter= in
// seconds, when the sign-in limit (lib/sign-in-limit.ts) refuses a try.
export const TOO_MANY_ATTEMPTS = 'TooManyAttempts';

const ERRORS: Record<string, string> = {
  CredentialsSignin: 'Wrong username or password. Try again.',
  SessionRequired: 'Sign in to see that page.',
};

/** `error` in words. Both come from the query: anything at all. */
export function signInError(error: string, retryAfter: unknown): string {
  if (error === TOO_MANY_ATTEMPTS) {
    return `Too many failed sign-ins. ${whenToRetry(retryAfter)}`;
  }
  return ERRORS[error] ?? 'Sign-in failed. Try again.';
}

function whenToRetry(retryAfter: unknown): string {
  const seconds =
    typeof retryAfter === 'string' && /^[1-9]\d{0,6}$/.test(retryAfter)
      ? Number(retryAfter)
      : 0;
  if (!seconds) return 'Try again later.';
  // "in 1 minute", "in 15 minutes", "in 3 seconds".
  const words = new Intl.RelativeTimeFormat('en');
  return seconds < 60
    ? `Try again ${words.format(seconds, 'second')}.`
    : `Try again ${words.format(Math.ceil(seconds / 60), 'minute')}.`;
}
