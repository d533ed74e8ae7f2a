// The NextAuth.js adapter: how sessions, users and sign-in tokens are stored.
// With an adapter, NextAuth.js keeps sessions in the database and the cookie
// holds only the session's random id.
// https://next-auth.js.org/adapters
import PostgresAdapter from '@auth/pg-adapter';
import { pool } from '@/lib/db';

// #region adapter
// One adapter for the auth route (lib/auth.ts) and the proxy (proxy.ts).
export const adapter = PostgresAdapter(pool);
// #endregion adapter
