// A page for admins in the section proxy.ts guards. The proxy cannot tell a
// member from an admin (it reads no session, only whether there is a
// cookie), so the role is checked here, on the server: a member gets 403.
import { requireRole } from '@/lib/session';

// #region own-check
export default async function MiddlewareAdminPage() {
  const session = await requireRole('/middleware-example/admin', 'admin');

  return (
    <>
      <h1>Admin Page</h1>
      <p>
        Only admins see this. Signed in as <strong>{session.user.name}</strong>,
        role <strong>{session.user.role}</strong>.
      </p>
    </>
  );
}
// #endregion own-check
