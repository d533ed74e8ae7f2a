// What the server checks and prepares before its first request
// (instrumentation.ts): a production server with no secret, an unreadable
// setting or no database stops at once with a message, rather than failing
// on the first sign-in.
import { accountsOff } from '@/lib/demo-accounts';
import { secret } from '@/lib/env';
import { rateLimitOf } from '@/lib/rate-limit';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

export async function startServer(): Promise<void> {
  // #region refuse-without-secret
  // Before anything imports lib/auth: Better Auth checks the secret too, but
  // from a promise nobody awaits, so its error is an unhandled rejection
  // with a stack trace. lib/env has a fallback in development, so no secret
  // here means production.
  if (!secret) {
    stop(
      'BETTER_AUTH_SECRET is not set. Generate one with: openssl rand -base64 32\n' +
        'and set it in the environment (or examples/better-auth/.env.local) before `next start`.',
    );
  }
  // #endregion refuse-without-secret
  try {
    rateLimitOf(); // throws on a value it cannot read
  } catch (error) {
    stop((error as Error).message);
  }
  if (!process.env.DATABASE_URL) {
    stop(
      'DATABASE_URL is not set. Start the app with `npm run dev` or `npm start` ' +
        '(they run an embedded database), or point DATABASE_URL at PostgreSQL.',
    );
  }
  const off = accountsOff();
  if (off.length > 0) {
    console.warn(
      `Demo accounts off: ${off.join(', ')} ${off.length > 1 ? 'are' : 'is'} not set, and the built-in passwords work under \`next dev\` only. ` +
        'Set them (examples/better-auth/.env.local.example) to sign in to those accounts.',
    );
  }
  // Loaded only now: importing lib/auth starts Better Auth, which must not
  // happen before the secret is known to be there (above).
  const { setUpDatabase } = await import('@/lib/setup');
  try {
    await setUpDatabase();
  } catch (error) {
    stop(`Could not set up the database: ${String(error)}`);
  }
}
