// Where the app gets BETTER_AUTH_SECRET, the key that signs the session
// cookie (and encrypts what Better Auth stores encrypted). Better Auth would
// read the variable itself, but left alone it falls back to a default secret
// that is public: silently under `next dev`, and under `next start` by
// throwing from a promise nobody awaits. So the app decides here, once, and
// lib/start-server.ts (from instrumentation.ts) stops a production server
// without one, with a message.
// https://www.better-auth.com/docs/installation#set-environment-variables

/** Every route bundle loads this module anew; say it once per server. */
function warnOnce(message: string) {
  const seen = globalThis as { betterAuthExampleWarned?: boolean };
  if (seen.betterAuthExampleWarned) return;
  seen.betterAuthExampleWarned = true;
  console.warn(message);
}

// #region secret
/** Known to everyone who reads this file, so it is only ever used by `next dev`. */
const DEV_ONLY_SECRET =
  'dev-only-secret-of-the-better-auth-example-never-use-it';
/** Signs nothing: `next build` only loads the routes (see below). */
const BUILD_ONLY_SECRET =
  'build-only-secret-of-the-better-auth-example-signs-nothing';

type SecretEnv = Pick<
  NodeJS.ProcessEnv,
  'BETTER_AUTH_SECRET' | 'NODE_ENV' | 'NEXT_PHASE'
>;

export function resolveSecret(
  env: SecretEnv = process.env,
): string | undefined {
  // An empty value counts as unset, as it does for Better Auth itself.
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;

  if (env.NODE_ENV === 'development') {
    warnOnce(
      'BETTER_AUTH_SECRET is not set: using a development-only secret. ' +
        'Set BETTER_AUTH_SECRET in examples/better-auth/.env.local (openssl rand -base64 32).',
    );
    return DEV_ONLY_SECRET;
  }

  // `next build` loads each route to read its settings, and so starts Better
  // Auth, which rejects a missing secret in production: the build would log
  // its error. No request is served and no cookie signed while building, so
  // a build from a fresh clone needs no secret; serving does.
  if (env.NEXT_PHASE === 'phase-production-build') return BUILD_ONLY_SECRET;

  // Production: no fallback. lib/start-server.ts stops `next start` instead.
  return undefined;
}

export const secret = resolveSecret();
// #endregion secret
