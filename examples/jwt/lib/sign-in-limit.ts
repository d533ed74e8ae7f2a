// How many passwords a guesser may try: failed sign-ins are counted per
// username (one account, from any number of addresses) and per client
// address (any number of accounts, from one address). NextAuth.js has no
// limit of its own. https://github.com/nextauthjs/next-auth/issues/1504
import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { addressKey } from '@/lib/client-address';

/** A whole number above 0 from the environment, else `fallback`. */
function setting(name: string, fallback: number): number {
  const value = process.env[name]?.trim() || `${fallback}`;
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  throw new Error(`${name}="${value}": expected a whole number above 0.`);
}

// #region limiters
const duration = setting('SIGN_IN_LIMIT_WINDOW_SECONDS', 15 * 60);
// In this process's memory: instances count apart, a restart forgets. To
// share one count, swap in RateLimiterRedis or RateLimiterPostgres from the
// same package (the same options plus `storeClient`).
const byUsername = new RateLimiterMemory({
  keyPrefix: 'sign-in-username',
  points: setting('SIGN_IN_LIMIT_PER_USERNAME', 5),
  duration,
});
const byAddress = new RateLimiterMemory({
  keyPrefix: 'sign-in-address',
  points: setting('SIGN_IN_LIMIT_PER_ADDRESS', 25),
  duration,
});
// #endregion limiters

// #region count-attempt
/**
 * Counts a sign-in attempt before it is checked, so that guesses sent in
 * parallel cannot all start before the first failure is counted. Over a
 * limit: not allowed, and the seconds to wait. Else `signedIn` takes back
 * this attempt only: earlier failures stay counted, or a guesser could
 * interleave with the owner's own sign-ins and never reach the limit.
 */
export async function countAttempt(username: unknown, address: string) {
  const counted = [{ limiter: byAddress, key: addressKey(address) }];
  // As authorize() compares it (lower-case it if yours does), hashed to size.
  if (typeof username === 'string') {
    const key = createHash('sha256').update(username).digest('base64url');
    counted.push({ limiter: byUsername, key });
  }
  for (const { limiter, key } of counted) {
    try {
      await limiter.consume(key);
    } catch (refused) {
      // A store that fails is a 500: never a free try.
      if (!(refused instanceof RateLimiterRes)) throw refused;
      const retryAfter = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
      return { allowed: false as const, retryAfter };
    }
  }
  const signedIn = () =>
    Promise.all(counted.map(({ limiter, key }) => limiter.reward(key)));
  return { allowed: true as const, signedIn };
}
// #endregion count-attempt
