// An API route for admins only. Two refusals that mean different things:
// 401 "who are you?" (no session) and 403 "you may not" (the wrong role).
// https://next-auth.js.org/configuration/nextjs#getserversession
import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { PRIVATE } from '@/lib/cache-control';

type Body = { error: string } | { message: string; name?: string | null };

// #region handler
export default async function handler(
  req: NextApiRequest,
  res: NextApiResponse<Body>,
) {
  // Theirs alone, with their re-issued cookie: no shared cache may keep it.
  res.setHeader('Cache-Control', PRIVATE);
  const session = await getServerSession(req, res, authOptions);

  if (!session) {
    res.status(401).json({ error: 'You must be signed in to read this.' });
    return;
  }
  if (session.user.role !== 'admin') {
    res.status(403).json({ error: 'Only admins may read this.' });
    return;
  }

  res.status(200).json({ message: 'Hello, admin.', name: session.user.name });
}
// #endregion handler
