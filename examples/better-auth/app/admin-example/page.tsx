// A page for admins only, checked on the server. Two different answers:
// signed out is "who are you?" (sign in, then come back), a member is "you
// may not" (forbidden(): status 403 and app/forbidden.tsx).
import { requireRole } from '@/lib/session';

// #region page
export default async function AdminExamplePage() {
  const session = await requireRole('/admin-example', 'admin');

  return (
    <>
      <h1>Admin Page</h1>
      <p>
        Rendered by a server component for <strong>{session.user.name}</strong>,
        role <strong>{session.user.role}</strong>: only admins get this HTML.
      </p>
    </>
  );
}
// #endregion page
