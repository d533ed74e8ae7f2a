// A route handler for admins only: 401 without a session, 403 with the
// wrong role, 200 for an admin. The session layer (lib/session.ts) reads
// the session and words the refusal.
import { privateJson } from '@/lib/cache-control';
import { authorizeRequest } from '@/lib/session';

// #region handler
export async function GET() {
  const checked = await authorizeRequest('admin');
  if ('refusal' in checked) return checked.refusal; // 401 or 403

  const { name } = checked.session.user;
  return privateJson({ message: 'Hello, admin.', name });
}
// #endregion handler
