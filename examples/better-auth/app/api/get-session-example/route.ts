// A route handler that reads the session on the server with
// auth.api.getSession(): 401 without one, 200 with it.
// https://www.better-auth.com/docs/concepts/session-management#get-session
import type { NextResponse } from 'next/server';
import type { Session } from '@/lib/auth';
import { privateJson } from '@/lib/cache-control';
import { getSession } from '@/lib/session';

type Body = Session | { error: string };

// #region handler
export async function GET(): Promise<NextResponse<Body>> {
  // null for a missing, forged, expired or revoked session: never throws.
  const session = await getSession();

  if (!session) {
    return privateJson(
      { error: 'You must be signed in to read this.' },
      { status: 401 },
    );
  }

  // { session, user }: the row from the session table, without its token
  // being of any use elsewhere, and the user with `role`.
  return privateJson(session);
}
// #endregion handler
