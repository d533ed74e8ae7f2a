// Better Auth's own limit on requests to its routes (/api/auth/*): on by
// default under `next start`, off under `next dev`. Sign-in, sign-up and
// password changes get 3 tries per 10 seconds per client address, the other
// routes 100; past it, 429 with an X-Retry-After header. It counts only the
// HTTP routes: `auth.api.*` calls made on the server are never counted.
// https://www.better-auth.com/docs/concepts/rate-limit
import type { BetterAuthOptions } from 'better-auth';

// #region rate-limit
/**
 * BETTER_AUTH_RATE_LIMIT=off turns it off (for tests that sign in more often
 * than a person would), `on` turns it on under `next dev` too; unset keeps
 * Better Auth's default. Anything else stops the server (lib/start-server.ts).
 */
export function rateLimitOf(
  value = process.env.BETTER_AUTH_RATE_LIMIT,
): BetterAuthOptions['rateLimit'] {
  const setting = value?.trim() ?? '';
  if (setting === '') return undefined;
  if (setting === 'off' || setting === 'on') {
    return { enabled: setting === 'on' };
  }
  throw new Error(
    `BETTER_AUTH_RATE_LIMIT="${value}": expected on or off (or unset).`,
  );
}
// #endregion rate-limit

// #region client-address
// Who counts as one client: Better Auth reads the X-Forwarded-For request
// header and nothing else (getIP in @better-auth/core/dist/utils/ip.mjs),
// and only when it holds exactly one address. Next.js writes that header
// from the socket only when the request came without one
// (next/dist/server/base-server.js), so a client that talks to `next start`
// directly can send its own and pick its bucket. Behind a reverse proxy that
// sets the header itself (nginx: `proxy_set_header X-Forwarded-For
// $remote_addr`), the address is the real client's. With a chain of proxies,
// list them in advanced.ipAddress.trustedProxies.
export const ipAddress = {
  ipAddressHeaders: ['x-forwarded-for'],
};
// #endregion client-address
