// Sign out everywhere: end every session of the signed-in user at once, in
// every browser. Each session is a row in the database, and the cookie only
// names one, so deleting the rows makes every old cookie worthless.
// https://www.better-auth.com/docs/concepts/session-management#revoke-all-sessions
import { auth } from '@/lib/auth';
import { privateJson } from '@/lib/cache-control';
import { isSameOrigin } from '@/lib/same-origin';
import { authorizeRequest } from '@/lib/session';

type Body = { revoked: number } | { error: string };

// #region handler
export async function POST(req: Request) {
  // It changes state, so another site must not be able to trigger it.
  // (Better Auth checks the Origin on its own routes, not on auth.api calls.)
  if (!isSameOrigin(req)) {
    return privateJson<Body>(
      { error: 'Cross-site request refused.' },
      { status: 403 },
    );
  }
  const checked = await authorizeRequest();
  if ('refusal' in checked) return checked.refusal; // 401

  // How many are live, for the answer: auth.api.listSessions would refuse
  // a session older than a day (freshAge), so ask the adapter.
  const ctx = await auth.$context;
  const sessions = await ctx.internalAdapter.listSessions(
    checked.session.user.id,
  );
  const live = sessions.filter(({ expiresAt }) => expiresAt > new Date());
  // Deletes every session row of the user, this one included, and expires
  // this browser's cookie (nextCookies() hands the Set-Cookie to Next.js).
  await auth.api.revokeSessions({ headers: req.headers });
  return privateJson<Body>({ revoked: live.length });
}
// #endregion handler
