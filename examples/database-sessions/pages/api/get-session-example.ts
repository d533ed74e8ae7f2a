// An API route that reads the session with getServerSession: the same code
// as with JWT sessions, and the way to read a database session.
// https://next-auth.js.org/configuration/nextjs#getserversession
import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession, type Session } from 'next-auth';
import { authOptions } from '@/lib/auth';

type Body = Session | { error: string };

// #region handler
export default async function handler(
  req: NextApiRequest,
  res: NextApiResponse<Body>,
) {
  // null for a missing, unknown, revoked or expired session.
  const session = await getServerSession(req, res, authOptions);

  if (!session) {
    res.status(401).json({ error: 'You must be signed in to read this.' });
    return;
  }

  // What the `session` callback returned, with the user's id added.
  res.status(200).json(session);
}
// #endregion handler
