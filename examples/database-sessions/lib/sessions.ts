// What a database session makes possible: look a session up, list a user's
// sessions, and end all of them at once.
import type { AdapterSession, AdapterUser } from 'next-auth/adapters';
import { adapter } from '@/lib/adapter';
import { pool } from '@/lib/db';

// #region find-live-session
// PostgreSQL's "invalid byte sequence" (a NUL byte, %00 in the cookie):
// a token no session can have.
const NOT_TEXT = '22021';

/**
 * The session and its user, or null when the token is no live session.
 * Throws when the database fails: that is an outage, not a signed-out visitor.
 */
export async function findLiveSession(
  token: string | undefined,
): Promise<{ session: AdapterSession; user: AdapterUser } | null> {
  if (!token) return null;
  try {
    const found = await adapter.getSessionAndUser?.(token);
    // The adapter returns expired rows too: NextAuth.js checks `expires`
    // itself, so code that asks the adapter directly must do the same.
    return found && found.session.expires > new Date() ? found : null;
  } catch (error) {
    if ((error as { code?: unknown }).code === NOT_TEXT) return null;
    throw error;
  }
}
// #endregion find-live-session

export interface ActiveSession {
  expires: string;
  /** The session of the browser that asked. */
  current: boolean;
}

/** A user's live sessions, newest first. Never the tokens themselves. */
export async function listSessions(
  userId: string,
  currentToken: string | undefined,
): Promise<ActiveSession[]> {
  const { rows } = await pool.query<{ expires: Date; current: boolean }>(
    `SELECT expires, "sessionToken" = $2 AS current FROM sessions
     WHERE "userId" = $1 AND expires > now() ORDER BY id DESC`,
    [userId, currentToken ?? ''],
  );
  return rows.map(({ expires, current }) => ({
    expires: expires.toISOString(),
    current,
  }));
}

// #region revoke
/** Deletes every session of the user: each of their cookies is refused from now on. */
export async function revokeAllSessions(userId: string): Promise<number> {
  const { rowCount } = await pool.query(
    'DELETE FROM sessions WHERE "userId" = $1',
    [userId],
  );
  return rowCount ?? 0;
}
// #endregion revoke
