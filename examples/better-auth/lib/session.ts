// The app's one way to read the session on the server. Every server
// component, route handler and Server Action asks here, so each checks for
// itself, in the same way, and a page's render reads the session once
// however many ask. https://www.better-auth.com/docs/integrations/next#rsc-and-server-actions
// #region server-only
import 'server-only'; // a build error if a client component imports this file
// #endregion server-only
import { forbidden, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { cache } from 'react';
import { auth, type Session } from '@/lib/auth';
import { privateJson } from '@/lib/cache-control';

// #region get-session
/**
 * This request's session, or null. Better Auth looks the cookie's token up
 * in the database: a missing, forged, garbled, expired or revoked cookie is
 * null, never an exception (a database outage does throw). `cache` keeps
 * the answer for the rest of a render; outside one (a route handler, an
 * action) each call reads it again. Reading headers() makes the page
 * dynamic: rendered per request, never at build time.
 */
export const getSession = cache(async (): Promise<Session | null> =>
  auth.api.getSession({ headers: await headers() }),
);
// #endregion get-session

/** Pages and Server Actions: the session, or off to sign in and back to `returnTo`. */
export async function requireSession(returnTo: string): Promise<Session> {
  const session = await getSession();
  if (!session) {
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return session;
}

/** The admin plugin's roles: 'user' unless an admin set another. */
export type Role = 'admin' | 'user';

export function hasRole(session: Session, role: Role): boolean {
  // The plugin stores several roles comma-separated ("admin,user").
  return (session.user.role ?? '').split(',').includes(role);
}

// #region require-role
/** Pages: the session with the role, else sign-in (401) or Forbidden (403). */
export async function requireRole(
  returnTo: string,
  role: Role,
): Promise<Session> {
  const session = await requireSession(returnTo);
  // Renders app/forbidden.tsx with status 403 (experimental.authInterrupts).
  if (!hasRole(session, role)) forbidden();
  return session;
}
// #endregion require-role

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
