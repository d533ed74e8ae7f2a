// A page in the section proxy.ts guards. The proxy only saw that a session
// cookie is there, not that it is valid (anyone can make one up), so the
// page checks the session itself, in full, as if there were no proxy.
import { requireSession } from '@/lib/session';

// #region own-check
export default async function MiddlewareExamplePage() {
  // A forged or revoked cookie passed the proxy: it goes to sign in here.
  const session = await requireSession('/middleware-example');

  return (
    <>
      <h1>Protected Page</h1>
      <p>
        The proxy let <strong>{session.user.name}</strong> through because a
        session cookie was there; this page then looked the session up.
      </p>
    </>
  );
}
// #endregion own-check
