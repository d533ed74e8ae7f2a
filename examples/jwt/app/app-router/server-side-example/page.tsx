// Protecting a page on the server, in the App Router: a server component
// reads the session itself before anything renders, so the HTML itself is
// already protected. No getServerSideProps: the component is async.
// https://next-auth.js.org/configuration/nextjs#getserversession
import AccessDenied from '@/components/access-denied';
import { getSession } from '@/lib/session';

// #region page
export default async function ServerSideExamplePage() {
  // getServerSession(authOptions), through the session layer
  // (lib/session.ts): it reads the request's cookies through next/headers,
  // which also makes the page dynamic (rendered per request). Returns null
  // (never throws) for a missing, invalid or expired session.
  const session = await getSession();

  if (!session) return <AccessDenied />;

  return (
    <>
      <h1>Protected Page</h1>
      <p>
        Rendered on the server for <strong>{session.user.name}</strong>, role{' '}
        <strong>{session.user.role}</strong>: a server component awaited
        getServerSession(), so there was no loading state.
      </p>
    </>
  );
}
// #endregion page
