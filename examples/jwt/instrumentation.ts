// Runs once when the server starts. Here it refuses to start a production
// server without NEXTAUTH_SECRET, or with a setting it cannot read, instead
// of failing on the first sign-in.
// https://nextjs.org/docs/pages/guides/instrumentation
import { accountsOff } from '@/lib/demo-user';
import { secret } from '@/lib/env';

function refuseToStart(message: string): never {
  console.error(message);
  process.exit(1);
}

export async function register() {
  // Only in the Node.js runtime (the only one with process.exit), and never
  // during `next build`: building needs no secret, only serving does.
  // lib/env has a fallback in development, so no secret means production.
  if (
    process.env.NEXT_RUNTIME !== 'nodejs' ||
    process.env.NEXT_PHASE === 'phase-production-build'
  ) {
    return;
  }
  if (!secret) {
    refuseToStart(
      'NEXTAUTH_SECRET is not set. Generate one with: openssl rand -base64 32\n' +
        'and set it in the environment (or examples/jwt/.env.local) before `next start`.',
    );
  }
  const off = accountsOff();
  if (off.length > 0) {
    console.warn(
      `Demo accounts off: ${off.join(', ')} ${off.length > 1 ? 'are' : 'is'} not set, and the built-in passwords work under \`next dev\` only. ` +
        'Set them (examples/jwt/.env.local.example) to sign in to those accounts.',
    );
  }
  // Reads TRUST_PROXY and SIGN_IN_LIMIT_*, and throws on a value it cannot
  // use: better now than a 500 on every sign-in.
  try {
    await import('@/lib/sign-in-limit');
  } catch (error) {
    refuseToStart((error as Error).message);
  }
}
