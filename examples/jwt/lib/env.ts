// Where the app gets the secret its session cookies are encrypted with.
// The same value must reach every place that reads a session: the auth route
// (lib/auth.ts), the proxy (proxy.ts) and getToken (pages/api/get-token-example.ts).
// https://next-auth.js.org/configuration/options#secret

/** Every route bundle loads this module anew; say it once per server. */
function warnOnce(message: string) {
  const seen = globalThis as { nextAuthExampleWarned?: boolean };
  if (seen.nextAuthExampleWarned) return;
  seen.nextAuthExampleWarned = true;
  console.warn(message);
}

// #region secret
/** Known to everyone who reads this file, so it is only ever used by `next dev`. */
const DEV_ONLY_SECRET = 'dev-only-secret-of-the-nextauth-example-never-use-it';

type SecretEnv = Pick<NodeJS.ProcessEnv, 'NEXTAUTH_SECRET' | 'NODE_ENV'>;

export function resolveSecret(
  env: SecretEnv = process.env,
): string | undefined {
  // An empty value counts as unset, as it does for NextAuth.js itself.
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;

  if (env.NODE_ENV === 'development') {
    warnOnce(
      'NEXTAUTH_SECRET is not set: using a development-only secret. ' +
        'Set NEXTAUTH_SECRET in examples/jwt/.env.local (openssl rand -base64 32).',
    );
    return DEV_ONLY_SECRET;
  }

  // Production: no fallback. instrumentation.ts stops `next start` instead.
  return undefined;
}

export const secret = resolveSecret();
// #endregion secret
