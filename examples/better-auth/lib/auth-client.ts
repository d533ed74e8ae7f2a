// Better Auth's client for the browser: React hooks (useSession) and one
// function per server route (signIn.username, signOut). It calls
// /api/auth/* on the page's own origin.
// https://www.better-auth.com/docs/concepts/client
import { adminClient, usernameClient } from 'better-auth/client/plugins';
import { createAuthClient } from 'better-auth/react';

// #region client
export const authClient = createAuthClient({
  // The server's plugins, for their client functions and types:
  // signIn.username, and `role` on the session's user.
  plugins: [usernameClient(), adminClient()],
});
// #endregion client
