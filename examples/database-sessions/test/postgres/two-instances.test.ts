// More than one instance of the app: a real PostgreSQL server, shared by
// two instances started at once on an empty database. A session made on one
// works on the other, and ends on both when it ends on one.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applySchema } from '../../lib/schema';
import { REFUSED, SIGNED_IN, answersTo } from '../answers';
import type { Server } from '../../../../test/support/app-server';
import { startApp } from '../app-server';
import { EmailBrowser, newEmail, requestWithToken } from '../email-browser';

const serverUrl = inject('postgresUrl');

describe.skipIf(!serverUrl)('two app instances on one PostgreSQL', () => {
  const admin = new pg.Pool({
    connectionString: serverUrl ?? undefined,
    max: 1,
  });
  const databases: string[] = [];
  let dir = '';
  let databaseUrl = '';
  let one: Server;
  let two: Server;

  /** A new, empty database on the server; dropped after the tests. */
  async function emptyDatabase(): Promise<string> {
    const name = `database_sessions_${randomUUID().replaceAll('-', '')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    databases.push(name);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    return url.href;
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'database-sessions-pg-'));
    databaseUrl = await emptyDatabase();
    const env = { DATABASE_URL: databaseUrl };
    // At once: both apply the schema to the same empty database at start.
    [one, two] = await Promise.all(
      [3203, 3204].map((port) =>
        startApp({ port, logFile: path.join(dir, `${port}.log`), env }),
      ),
    );
  });

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    for (const name of databases) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
    await admin.end();
    await rm(dir, { recursive: true, force: true });
  });

  it('both start at once on an empty database, each applying the schema', async () => {
    for (const app of [one, two]) {
      expect(await readFile(app.logFile, 'utf8')).not.toContain(
        'Could not apply',
      );
    }
  });

  it('a session made on one instance works on the other', async () => {
    const token = await new EmailBrowser(one).signIn(newEmail('shared'));
    expect(await answersTo(two, token)).toEqual(SIGNED_IN);
  });

  it('signing out on one instance refuses the old cookie on the other', async () => {
    const visitor = new EmailBrowser(two);
    const token = await visitor.signIn(newEmail('leaves'));
    await visitor.signOut();
    expect(await answersTo(one, token)).toEqual(REFUSED);
  });

  it('signing out everywhere on one instance refuses every cookie of that user on both', async () => {
    const email = newEmail('everywhere');
    const onOne = new EmailBrowser(one);
    const tokens = [
      await onOne.signIn(email),
      await new EmailBrowser(two).signIn(email),
    ];

    const response = await onOne.post('/api/sign-out-everywhere');

    expect(await response.json()).toEqual({ revoked: 2 });
    for (const app of [one, two]) {
      for (const token of tokens)
        expect(await answersTo(app, token)).toEqual(REFUSED);
    }
  });

  it('a session past its expiry is refused by the proxy as well as by NextAuth.js', async () => {
    const token = await new EmailBrowser(one).signIn(newEmail('expired'));
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    await db.query(
      `UPDATE sessions SET expires = now() - interval '1 minute' WHERE "sessionToken" = $1`,
      [token],
    );
    await db.end();

    // The proxy first, alone: NextAuth.js deletes an expired row when it
    // meets one, after which any check would refuse it.
    const proxy = await requestWithToken(two, '/middleware-example', token);
    expect(proxy.status).toBe(307);
    expect(await answersTo(two, token)).toEqual(REFUSED);
  });

  it('a database that fails is an outage the proxy reports, never a visitor sent to sign in', async () => {
    const token = await new EmailBrowser(one).signIn(newEmail('outage'));
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    // The table out of reach: every session query fails, as in an outage.
    await db.query('ALTER TABLE sessions RENAME TO sessions_away');
    try {
      const during = await requestWithToken(one, '/middleware-example', token);
      expect(during.status).toBe(503);
      expect(during.headers.get('retry-after')).toBe('10');
      expect(await readFile(one.logFile, 'utf8')).toContain(
        'The session lookup failed',
      );
    } finally {
      await db.query('ALTER TABLE sessions_away RENAME TO sessions');
      await db.end();
    }
    const after = await requestWithToken(one, '/middleware-example', token);
    expect(after.status).toBe(200);
  });

  it('the schema applies from four connections at once on an empty database, and again', async () => {
    const pool = new pg.Pool({
      connectionString: await emptyDatabase(),
      max: 4,
    });
    try {
      await Promise.all([1, 2, 3, 4].map(() => applySchema(pool)));
      await applySchema(pool);
      const { rows } = await pool.query(
        `SELECT table_name FROM information_schema.tables
         WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(rows.map((row) => row.table_name)).toEqual([
        'accounts',
        'sessions',
        'users',
        'verification_token',
      ]);
    } finally {
      await pool.end();
    }
  });
});
