// Protecting a page on the server: a server component reads the session
// before anything renders, so the HTML itself is already protected.
// https://www.better-auth.com/docs/integrations/next#rsc-and-server-actions
import AccessDenied from '@/components/access-denied';
import { getSession } from '@/lib/session';

// #region page
export default async function ServerSideExamplePage() {
  // auth.api.getSession({ headers: await headers() }), through the session
  // layer (lib/session.ts). Null, never an exception, for a bad cookie.
  const session = await getSession();

  if (!session) return <AccessDenied returnTo="/server-side-example" />;

  return (
    <>
      <h1>Protected Page</h1>
      <p>
        Rendered on the server for <strong>{session.user.name}</strong>, role{' '}
        <strong>{session.user.role}</strong>: a server component awaited
        auth.api.getSession(), so there was no loading state.
      </p>
    </>
  );
}
// #endregion page
