// A page for admins only, in the App Router: a server component checks the
// session and the role before anything renders. Signed out: to sign-in and
// back. A member: forbidden(), which answers 403 with app/forbidden.tsx
// (it needs experimental.authInterrupts in next.config.ts).
// https://nextjs.org/docs/app/api-reference/functions/forbidden
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { authOptions } from '@/lib/auth';

// #region page
export default async function AdminExamplePage() {
  const session = await getServerSession(authOptions);
  if (!session) redirect('/sign-in?callbackUrl=/app-router/admin-example');
  if (session.user.role !== 'admin') forbidden();

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
