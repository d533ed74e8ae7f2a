// Sign out everywhere: end every session of the signed-in user at once, in
// every browser. A database session can be revoked; a JWT cannot, it stays
// valid until it expires.
import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { isSameOrigin } from '@/lib/same-origin';
import { revokeAllSessions } from '@/lib/sessions';

type Body = { revoked: number } | { error: string };

// #region handler
export default async function handler(
  req: NextApiRequest,
  res: NextApiResponse<Body>,
) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    res.status(405).json({ error: 'Use POST.' });
    return;
  }
  // It changes state, so another site must not be able to trigger it.
  if (!isSameOrigin(req)) {
    res.status(403).json({ error: 'Cross-site request refused.' });
    return;
  }
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    res.status(401).json({ error: 'You must be signed in to sign out.' });
    return;
  }

  // Every cookie of this user, in any browser, now finds no session.
  const revoked = await revokeAllSessions(session.user.id);
  res.status(200).json({ revoked });
}
// #endregion handler
