// Module augmentation: the `session` callback in lib/auth.ts adds the user's
// id, so `session.user.id` is typed wherever a session is read.
// https://next-auth.js.org/getting-started/typescript#module-augmentation
import type { DefaultSession } from 'next-auth';

declare module 'next-auth' {
  /** What `useSession`, `getServerSession` and `/api/auth/session` return. */
  interface Session {
    user: {
      /** The `users.id` of the database: "sign out everywhere" needs it. */
      id: string;
    } & DefaultSession['user'];
  }
}
