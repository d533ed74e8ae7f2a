// `npm run dev` and `npm start`: node scripts/start.mjs dev|start.
// With DATABASE_URL the app uses that PostgreSQL server. Without it, this
// script first starts an embedded one (scripts/embedded-postgres.mjs) with
// its data in .pglite/, and points the app at it. The app is the same
// either way: it only ever sees DATABASE_URL.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2] === 'dev' ? 'dev' : 'start';
const port = process.env.PORT ?? '3003';
const env = { ...process.env, PORT: port };

let embedded;
if (!env.DATABASE_URL) {
  const dataDir = env.PGLITE_DATA_DIR ?? '.pglite';
  embedded = await startEmbeddedPostgres(
    dataDir.startsWith('memory://') ? dataDir : path.resolve(appDir, dataDir),
  ).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  env.DATABASE_URL = embedded.url;
  env.DATABASE_POOL_MAX = '1';
  console.log(`Embedded PostgreSQL (PGlite) in ${dataDir}, at ${embedded.url}`);
}

// In the npm workspace `next` is installed at the repository's root:
// resolve it the way Node.js would rather than assuming a path.
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const next = spawn(process.execPath, [nextBin, mode, '--port', port], {
  cwd: appDir,
  env,
  stdio: 'inherit',
});

// Ctrl-C or a stop signal: let Next.js exit first, then close the database,
// which writes everything to its folder.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    next.kill(signal);
  });
}
next.on('exit', async (code) => {
  await embedded?.stop();
  // No code: Next.js was ended by a signal, ours (fine) or another's (not).
  process.exit(code ?? (stopping ? 0 : 1));
});
