// A route handler that returns the caller's own data: their notes, and no
// one else's. Who "me" is comes from the session, never from the request.
import { privateJson } from '@/lib/cache-control';
import { notesOf } from '@/lib/notes';
import { authorizeRequest } from '@/lib/session';

// #region handler
export async function GET() {
  const checked = await authorizeRequest();
  if ('refusal' in checked) return checked.refusal; // 401

  const { id, name } = checked.session.user;
  return privateJson({ name, notes: notesOf(id) });
}
// #endregion handler
