// What the server checks and prepares before its first request
// (instrumentation.ts): a production server with no secret or no database
// stops at once with a message, rather than failing on the first sign-in.
import { pool } from '@/lib/db';
import { secret } from '@/lib/env';
import { applySchema } from '@/lib/schema';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

export async function startServer(): Promise<void> {
  if (!secret) {
    stop(
      'NEXTAUTH_SECRET is not set. Generate one with: openssl rand -base64 32',
    );
  }
  if (!process.env.DATABASE_URL) {
    stop(
      'DATABASE_URL is not set. Start the app with `npm run dev` or `npm start` ' +
        '(they run an embedded database), or point DATABASE_URL at PostgreSQL.',
    );
  }
  if (!process.env.EMAIL_SERVER) {
    console.warn(
      'EMAIL_SERVER is not set: sign-in links are not mailed but printed in ' +
        'this log, one line each, starting with "Sign-in link for".',
    );
  }
  try {
    await applySchema(pool);
  } catch (error) {
    stop(`Could not apply the database schema: ${String(error)}`);
  }
}
