// Module augmentation: teach TypeScript about the fields this app adds to the
// user, the session and the JWT, so `session.user.id` and `.role` are typed everywhere.
// https://next-auth.js.org/getting-started/typescript#module-augmentation
import type { DefaultSession } from 'next-auth';

declare module 'next-auth' {
  /** What `authorize` (or an OAuth profile) returns. */
  interface User {
    role?: string;
  }

  /** What `useSession`, `getServerSession` and `/api/auth/session` return. */
  interface Session {
    user: {
      /** The account's id (the token's `sub`): what ownership checks compare. */
      id: string;
      role: string;
    } & DefaultSession['user'];
  }
}

declare module 'next-auth/jwt' {
  /** What `getToken` returns: the decrypted session cookie. */
  interface JWT {
    role?: string;
  }
}
