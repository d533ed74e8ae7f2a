// getSession({ req }) on the server, the way v3 code did it. It exists to show
// why not to do this: getSession makes an HTTP request from the server back to
// its own /api/auth/session (NEXTAUTH_URL), which bench/auth.mjs measures.
// Kept out of the guide's recommendations: use getServerSession instead
// (pages/api/get-session-example.ts).
import type { NextApiRequest, NextApiResponse } from 'next';
import type { Session } from 'next-auth';
import { getSession } from 'next-auth/react';
import { PRIVATE } from '@/lib/cache-control';

type Body = Session | { error: string };

export default async function handler(
  req: NextApiRequest,
  res: NextApiResponse<Body>,
) {
  // This visitor's answer: no shared cache may keep it.
  res.setHeader('Cache-Control', PRIVATE);
  // Forwards the request's cookie to `${NEXTAUTH_URL}/api/auth/session`.
  const session = await getSession({ req });

  if (!session) {
    res.status(401).json({ error: 'You must be signed in to read this.' });
    return;
  }

  res.status(200).json(session);
}
