// One pool of PostgreSQL connections per server process, shared by Better
// Auth (it takes a `pg` Pool as its database) and the start-up setup.
// https://node-postgres.com/apis/pool
import { Pool } from 'pg';

// #region pool
// Next.js evaluates a module more than once per process (the proxy and each
// route are bundled apart), so the pool lives on globalThis: one per process.
const shared = globalThis as typeof globalThis & { databasePool?: Pool };

// The embedded database serves one connection correctly
// (electric-sql/pglite#1046): scripts/start.mjs sets DATABASE_POOL_MAX=1.
const max = Number(process.env.DATABASE_POOL_MAX ?? 10);

// Creating a pool connects to nothing, so `next build` can import this
// module without a database; the first query opens the first connection.
export const pool = (shared.databasePool ??= new Pool({
  connectionString: process.env.DATABASE_URL,
  max,
  // With a single connection, keep it: reopening it races the old one
  // against the embedded server's limit of one.
  idleTimeoutMillis: max === 1 ? 0 : 10_000,
}));
// #endregion pool
