// The App Router's one way to read the session. Every server component,
// route handler and Server Action asks here, so each checks for itself, in
// the same way, and a page's render reads the cookie once however many ask.
// https://next-auth.js.org/configuration/nextjs#getserversession
// #region server-only
import 'server-only'; // a build error if a client component imports this file
// #endregion server-only
import { getServerSession, type Session } from 'next-auth';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { authOptions } from '@/lib/auth';
import { privateJson } from '@/lib/cache-control';

// #region get-session
/**
 * This request's session, or null for a missing, invalid or expired cookie.
 * `cache` keeps the answer for the rest of a render: the layout, the page
 * and its components all ask, and the cookie is decrypted once. Outside a
 * render (a route handler, an action) each call reads it again.
 */
export const getSession = cache(() => getServerSession(authOptions));
// #endregion get-session

/** Pages and Server Actions: the session, or off to sign in and back to `returnTo`. */
export async function requireSession(returnTo: string): Promise<Session> {
  const session = await getSession();
  if (!session) {
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return session;
}

export type Role = 'admin' | 'member';

export function hasRole(session: Session, role: Role): boolean {
  return session.user.role === role;
}

type Checked = { session: Session } | { refusal: Response };

/** Route handlers: the session, or the 401 or 403 to answer with (private). */
export async function authorizeRequest(role?: Role): Promise<Checked> {
  const session = await getSession();
  if (!session) {
    const error = 'You must be signed in to read this.';
    return { refusal: privateJson({ error }, { status: 401 }) };
  }
  if (role && !hasRole(session, role)) {
    const error = `Only ${role}s may read this.`;
    return { refusal: privateJson({ error }, { status: 403 }) };
  }
  return { session };
}
