// What the server writes to the database before its first request
// (instrumentation.ts): Better Auth's tables, then the demo accounts.
// https://www.better-auth.com/docs/concepts/database#programmatic-migrations
import { getMigrations } from 'better-auth/db/migration';
import type { PoolClient } from 'pg';
import { authOn, authOptions } from '@/lib/auth';
import { pool } from '@/lib/db';
import { writeDemoAccounts } from '@/lib/demo-accounts';

/** Any fixed number: every instance of the app asks for the same lock. */
const SETUP_LOCK = 7_114_302;

/**
 * A pool that always hands out `client`: Better Auth (through Kysely) then
 * runs every query on the connection that holds the lock. With the embedded
 * database there is no other connection to run them on.
 */
function onlyConnection(client: PoolClient) {
  return {
    connect: async () => ({
      query: client.query.bind(client),
      release() {}, // the setup releases it, once, at the end
    }),
    end: async () => {},
  };
}

// #region setup
export async function setUpDatabase(): Promise<void> {
  const client = await pool.connect();
  try {
    // Two instances starting at once would both find a table missing and
    // both create it; one then fails (23505): Better Auth's migrations use
    // no transaction and no IF NOT EXISTS. The lock makes them take turns,
    // and each plans its migration inside it, so the second finds nothing
    // to do. Idempotent: at every start, the plan is empty once applied.
    await client.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK]);
    const database = onlyConnection(client);
    const { runMigrations } = await getMigrations({ ...authOptions, database });
    await runMigrations();
    await writeDemoAccounts(authOn(database));
  } finally {
    await client
      .query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK])
      .catch(() => {});
    client.release();
  }
}
// #endregion setup
