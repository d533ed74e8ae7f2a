// A route handler that reads the session on the server with
// auth.api.getSession(): 401 without one, 200 with it.
// https://www.better-auth.com/docs/concepts/session-management#get-session
import type { NextResponse } from 'next/server';
import type { Session } from '@/lib/auth';
import { privateJson } from '@/lib/cache-control';
import { getSession } from '@/lib/session';

type Body = { user: Session['user']; expires: Date } | { error: string };

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

  // Who is signed in (with `role`) and until when, as next-auth's session
  // has it: not the session's row, whose token, address and browser the
  // page has no use for.
  const { user, session: row } = session;
  return privateJson({ user, expires: row.expiresAt });
}
// #endregion handler
