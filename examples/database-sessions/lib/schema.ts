// The tables @auth/pg-adapter reads and writes. It ships no schema; these are
// the tables and columns it queries, with the keys and indexes a real app
// needs. https://authjs.dev/reference/adapter/pg (its "Schema")
import type { Pool } from 'pg';

// #region schema
// Idempotent: applied at every start (instrumentation.ts), so a fresh
// database needs no separate migration step.
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name            text,
  email           text UNIQUE,
  "emailVerified" timestamptz,
  image           text
);
CREATE TABLE IF NOT EXISTS sessions (
  id              serial PRIMARY KEY,
  "userId"        uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires         timestamptz NOT NULL,
  -- Read on every request that checks the session: unique, so indexed.
  "sessionToken"  text NOT NULL UNIQUE
);
-- "Sign out everywhere" finds a user's sessions by "userId".
CREATE INDEX IF NOT EXISTS sessions_user_id ON sessions ("userId");
CREATE TABLE IF NOT EXISTS accounts (
  id                  serial PRIMARY KEY,
  "userId"            uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  type                text NOT NULL,
  provider            text NOT NULL,
  "providerAccountId" text NOT NULL,
  refresh_token       text,
  access_token        text,
  expires_at          bigint,
  id_token            text,
  scope               text,
  session_state       text,
  token_type          text,
  UNIQUE (provider, "providerAccountId")
);
CREATE TABLE IF NOT EXISTS verification_token (
  identifier text NOT NULL,
  token      text NOT NULL,
  expires    timestamptz NOT NULL,
  PRIMARY KEY (identifier, token)
);
`;
// #endregion schema

// #region apply-schema
/** Any fixed number: every instance of the app asks for the same lock. */
const SCHEMA_LOCK = 7_114_301;

export async function applySchema(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Two instances starting at once would both find a table missing and
    // both create it; one then fails (23505). The lock makes them take
    // turns, and Postgres releases it when the transaction ends.
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(SCHEMA);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
// #endregion apply-schema
