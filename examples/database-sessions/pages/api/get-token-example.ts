// The trap: getToken() decodes a JWT session cookie. With database sessions
// the cookie is a random id, so getToken() returns null, signed in or not.
// withAuth (next-auth/middleware) reads the session the same way.
// https://next-auth.js.org/configuration/options#jwt-helper
import type { NextApiRequest, NextApiResponse } from 'next';
import { getToken, type JWT } from 'next-auth/jwt';
import { secret } from '@/lib/env';

type Body = JWT | { error: string; why: string };

// #region handler
export default async function handler(
  req: NextApiRequest,
  res: NextApiResponse<Body>,
) {
  const token = await getToken({ req, secret });

  if (!token) {
    res.status(401).json({
      error: 'getToken() found no JWT.',
      why:
        'This app uses database sessions: the session cookie holds a random ' +
        'id, not a JWT, so getToken() returns null even when you are signed ' +
        'in. Read the session with getServerSession() instead.',
    });
    return;
  }

  res.status(200).json(token);
}
// #endregion handler
