// A route handler that reads the session on the server with getServerSession:
// the App Router twin of pages/api/get-session-example.ts. The session layer
// (lib/session.ts) calls it with only authOptions: in the App Router it reads
// the cookies itself through next/headers.
// https://next-auth.js.org/configuration/nextjs#getserversession
import type { Session } from 'next-auth';
import type { NextResponse } from 'next/server';
import { privateJson } from '@/lib/cache-control';
import { getSession } from '@/lib/session';

type Body = Session | { error: string };

// #region handler
export async function GET(): Promise<NextResponse<Body>> {
  // null for a missing, invalid or expired session cookie: it never throws.
  // Here it cannot set cookies, so unlike in pages/api it neither extends
  // the session's expiry nor returns `expires`.
  const session = await getSession();

  if (!session) {
    return privateJson(
      { error: 'You must be signed in to read this.' },
      { status: 401 },
    );
  }

  // Cache-Control: private, no-store (lib/cache-control.ts).
  return privateJson(session);
}
// #endregion handler
