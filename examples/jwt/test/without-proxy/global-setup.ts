// The JWT app as it would be if its proxy were misconfigured, moved or
// skipped (CVE-2025-29927): a production build of a copy without proxy.ts,
// served on a port of its own. Every route the proxy guards must still say
// no by itself. The copy lives inside the repository (git-ignored) so that
// it resolves the same node_modules as the app; it is rebuilt only when the
// app's source or the installed packages change (delete the folder to
// force one).
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { execa } from 'execa';
import type { TestProject } from 'vitest/node';
import { APP_DIR, TEST_SECRET, startApp } from '../helpers';

const REPO_DIR = path.resolve(APP_DIR, '..', '..');
const COPY_DIR = path.join(REPO_DIR, '.test-builds', 'without-proxy');
// Lets two test runs share a machine. Not 3102: example-http runs beside
// this project, and its secret test starts a server on its own port + 1.
const PORT = Number(process.env.WITHOUT_PROXY_TEST_PORT ?? 3105);
const BASE_URL = `http://localhost:${PORT}`;

// What the copy leaves out: the proxy itself, tests, what a build or an install writes, and prose (so that editing it
// costs no rebuild).
const LEFT_OUT = new Set([
  'proxy.ts',
  'README.md',
  'node_modules',
  '.next',
  'test',
  'e2e',
  'next-env.d.ts',
  'tsconfig.tsbuildinfo',
]);
// Written into the copy after a successful build: what it was built from.
const STAMP = '.built-from';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the copy without a proxy answers, e.g. http://localhost:3105. */
    withoutProxyBaseUrl: string;
    /** Its build directory, for the ids of its Server Actions. */
    withoutProxyDistDir: string;
  }
}

/** The app's files that go into the copy, relative to examples/jwt/. */
function sourceFiles(dir = ''): string[] {
  return readdirSync(path.join(APP_DIR, dir), { withFileTypes: true })
    .filter((entry) => !(dir === '' && LEFT_OUT.has(entry.name)))
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      return entry.isDirectory() ? sourceFiles(file) : [file];
    })
    .sort();
}

/** Changes with any file of the copy and with any installed package version. */
function sourceHash(files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`).update(readFileSync(path.join(APP_DIR, file)));
  }
  hash.update(readFileSync(path.join(REPO_DIR, 'package-lock.json')));
  return hash.digest('hex');
}

async function buildCopy() {
  const files = sourceFiles();
  const hash = sourceHash(files);
  const stamp = path.join(COPY_DIR, STAMP);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;

  rmSync(COPY_DIR, { recursive: true, force: true });
  for (const file of files) {
    cpSync(path.join(APP_DIR, file), path.join(COPY_DIR, file));
  }
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const build = await execa(process.execPath, [nextBin, 'build'], {
    cwd: COPY_DIR,
    // Vitest sets NODE_ENV=test; `next build` must choose production itself.
    env: { NODE_ENV: undefined, NEXT_TELEMETRY_DISABLED: '1' },
    all: true,
    reject: false,
  });
  if (build.exitCode !== 0) {
    throw new Error(`next build of ${COPY_DIR} failed:\n${build.all}`);
  }
  writeFileSync(stamp, hash);
}

export default async function setup(project: TestProject) {
  await buildCopy();
  const stop = (
    await startApp(
      PORT,
      { NEXTAUTH_SECRET: TEST_SECRET, NEXTAUTH_URL: BASE_URL },
      { cwd: COPY_DIR },
    )
  ).stop;
  project.provide('withoutProxyBaseUrl', BASE_URL);
  project.provide('withoutProxyDistDir', path.join(COPY_DIR, '.next'));
  return stop;
}
