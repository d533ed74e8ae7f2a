// An API route that reads the session on the server with getServerSession.
// It runs the `session` callback, so the reader gets exactly what
// useSession() would give: `session.user.role` included.
// https://next-auth.js.org/configuration/nextjs#getserversession
import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession, type Session } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { PRIVATE } from '@/lib/cache-control';

type Body = Session | { error: string };

// #region handler
export default async function handler(
  req: NextApiRequest,
  res: NextApiResponse<Body>,
) {
  // Theirs alone, with their re-issued cookie: no shared cache may keep it.
  res.setHeader('Cache-Control', PRIVATE);
  // null for a missing, invalid or expired session cookie: it never throws.
  const session = await getServerSession(req, res, authOptions);

  if (!session) {
    res.status(401).json({ error: 'You must be signed in to read this.' });
    return;
  }

  res.status(200).json(session);
}
// #endregion handler
