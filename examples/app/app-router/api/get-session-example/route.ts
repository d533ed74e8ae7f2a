// A route handler that reads the session on the server with getServerSession:
// the App Router twin of pages/api/get-session-example.ts. Given only
// authOptions, it reads the cookies itself through next/headers.
// https://next-auth.js.org/configuration/nextjs#getserversession
import { getServerSession, type Session } from 'next-auth';
import { NextResponse } from 'next/server';
import { authOptions } from '@/lib/auth';

type Body = Session | { error: string };

// #region handler
export async function GET(): Promise<NextResponse<Body>> {
  // null for a missing, invalid or expired session cookie: it never throws.
  // Here it cannot set cookies, so unlike in pages/api it neither extends
  // the session's expiry nor returns `expires`.
  const session = await getServerSession(authOptions);

  if (!session) {
    return NextResponse.json(
      { error: 'You must be signed in to read this.' },
      { status: 401 },
    );
  }

  return NextResponse.json(session);
}
// #endregion handler
