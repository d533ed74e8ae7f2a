// Starts the production build of the example app once for every
// integration test file, and stops it (its whole process group) afterwards.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { EXAMPLES_DIR, TEST_SECRET, serverEnv, startNext } from './helpers';

// EXAMPLE_TEST_PORT and NEXT_DIST_DIR let two test runs share a machine.
const PORT = Number(process.env.EXAMPLE_TEST_PORT ?? 3101);
const BASE_URL = `http://localhost:${PORT}`;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the example app under test answers, e.g. http://localhost:3101. */
    exampleBaseUrl: string;
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject) {
  if (
    !existsSync(
      path.join(EXAMPLES_DIR, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'),
    )
  ) {
    throw new Error(
      'The example app has no production build: run `npm run example:build` first.',
    );
  }
  if (await answers(`${BASE_URL}/api/auth/providers`)) {
    throw new Error(
      `Something already answers on port ${PORT}; stop it first.`,
    );
  }

  const server = startNext(
    PORT,
    serverEnv({ NEXTAUTH_SECRET: TEST_SECRET, NEXTAUTH_URL: BASE_URL }),
  );

  // Ready when the auth route answers; give up if the server dies or stalls.
  const deadline = Date.now() + 60_000;
  while (!(await answers(`${BASE_URL}/api/auth/providers`))) {
    if (server.child.exitCode !== null || Date.now() > deadline) {
      await server.stop();
      throw new Error(`next start did not come up:\n${server.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  project.provide('exampleBaseUrl', BASE_URL);
  return server.stop;
}
