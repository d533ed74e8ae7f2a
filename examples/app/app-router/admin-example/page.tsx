// A page for admins only, in the App Router: a server component checks the
// session and the role before anything renders. Signed out: to sign-in and
// back. A member: the Forbidden page, rendered right here. (Next.js 16's
// forbidden() would answer 403, but it needs experimental.authInterrupts, and
// in 16.4.6 its server HTML is an empty error shell that only the browser
// fills in.) https://next-auth.js.org/configuration/nextjs#getserversession
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import Forbidden from '@/components/forbidden';
import { authOptions } from '@/lib/auth';

// #region page
export default async function AdminExamplePage() {
  const session = await getServerSession(authOptions);
  if (!session) redirect('/sign-in?callbackUrl=/app-router/admin-example');
  if (session.user.role !== 'admin')
    return <Forbidden name={session.user.name} />;

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
