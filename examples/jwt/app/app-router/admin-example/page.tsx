// A page for admins only, in the App Router: a server component checks the
// session and the role, through the session layer (lib/session.ts), before
// anything renders. Signed out: to sign-in and back. A member: the Forbidden
// page, rendered right here. (Next.js 16's
// forbidden() would answer 403, but it needs experimental.authInterrupts, and
// in 16.4.6 its server HTML is an empty error shell that only the browser
// fills in.) https://next-auth.js.org/configuration/nextjs#getserversession
import Forbidden from '@/components/forbidden';
import { hasRole, requireSession } from '@/lib/session';

// #region page
export default async function AdminExamplePage() {
  const session = await requireSession('/app-router/admin-example');
  if (!hasRole(session, 'admin')) return <Forbidden name={session.user.name} />;

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
