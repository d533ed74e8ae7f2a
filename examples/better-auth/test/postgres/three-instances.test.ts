// More than one instance of the app on one real PostgreSQL server, started
// at the same moment on an empty database: each applies Better Auth's
// migrations and writes the demo accounts at start. Better Auth's
// migrations take no lock, so without the app's advisory lock (lib/setup.ts)
// two would create the same table and one would fail. Then a session made
// on one instance is a session on every other, and ends on all of them.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { answer } from '../../../../test/support/answer';
import { requestWithCookie } from '../../../../test/support/browser';
import type { Server } from '../../../../test/support/app-server';
import { startApp } from '../app-server';
import { SESSION_COOKIE, demoUser } from '../helpers';

const serverUrl = inject('postgresUrl');
const PORTS = [3303, 3304, 3305];

describe.skipIf(!serverUrl)('three app instances on one PostgreSQL', () => {
  const admin = new pg.Pool({ connectionString: serverUrl ?? '', max: 1 });
  const name = `better_auth_${randomUUID().replaceAll('-', '')}`;
  let databaseUrl = '';
  let servers: Server[] = [];

  beforeAll(async () => {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    databaseUrl = url.href;
    // At once: each finds the database empty and sets it up.
    const started = await Promise.allSettled(
      PORTS.map((port) =>
        startApp({ port, env: { DATABASE_URL: databaseUrl } }),
      ),
    );
    // Those that started are stopped after, whatever happened to the others.
    servers = started.flatMap((r) =>
      r.status === 'fulfilled' ? [r.value] : [],
    );
    for (const result of started) {
      if (result.status === 'rejected') throw result.reason;
    }
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('all start at once on an empty database; the tables and the accounts are made once', async () => {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const tables = await db.query(
        `SELECT table_name FROM information_schema.tables
         WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(tables.rows.map((row) => row.table_name)).toEqual([
        'account',
        'session',
        'user',
        'verification',
      ]);
      const users = await db.query(
        'SELECT username, role FROM "user" ORDER BY username',
      );
      expect(users.rows).toEqual([
        { username: 'admin', role: 'admin' },
        { username: 'demo', role: 'user' },
      ]);
    } finally {
      await db.end();
    }
  });

  const ask = (server: Server, cookie: string) =>
    requestWithCookie(server.baseUrl, '/api/get-session-example', {
      name: SESSION_COOKIE,
      value: cookie,
    }).then(answer);

  it('a session made on one instance is one on every other, and signing out on one ends it on all', async () => {
    const [first, ...others] = servers as [Server, ...Server[]];
    const browser = await demoUser(first.baseUrl);
    const cookie = browser.sessionToken()!;
    for (const server of others) {
      expect(await ask(server, cookie)).toBe('200 JSON data');
    }

    await browser.signOut();

    for (const server of servers) {
      expect(await ask(server, cookie)).toBe('401 JSON error');
    }
  });
});
