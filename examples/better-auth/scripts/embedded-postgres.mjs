// An embedded PostgreSQL for development and single-machine use: PGlite
// (Postgres compiled to WebAssembly) behind a Postgres-wire socket, so the
// app talks to it with the ordinary `pg` driver, exactly as to a server.
// https://pglite.dev/docs/pglite-socket
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PGlite has no lock on its folder: two processes opening it would each see
 * their own data. Refuse to open a folder another live process holds.
 */
function lockFolder(dataDir) {
  const lockFile = path.join(dataDir, 'owner.pid');
  let owner = NaN;
  try {
    owner = Number(readFileSync(lockFile, 'utf8'));
  } catch {
    // No lock file: nobody holds the folder.
  }
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `${dataDir} is in use by process ${owner}. Stop it, or set ` +
        'PGLITE_DATA_DIR to another folder (memory:// for a throwaway one).',
    );
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Starts PGlite on `dataDir` (a folder, or memory://) and serves it on a free port. */
export async function startEmbeddedPostgres(dataDir) {
  const inMemory = dataDir.startsWith('memory://');
  // PGlite creates the last folder of the path, not the ones above it.
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => {} : lockFolder(dataDir);
  const db = await PGlite.create(dataDir);
  // One connection: more return wrong rows, then hang (electric-sql/pglite#1046).
  const server = new PGLiteSocketServer({ db, port: 0, maxConnections: 1 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close(); // flushes the data to the folder
      unlock();
    },
  };
}
