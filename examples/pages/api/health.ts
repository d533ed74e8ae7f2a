// A route with no auth, the baseline the benchmark (bench/auth.mjs) compares
// the session helpers against.
import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(
  _req: NextApiRequest,
  res: NextApiResponse<{ ok: true }>,
) {
  res.status(200).json({ ok: true });
}
