// Starts the production build of the example app once for every HTTP test
// file, and stops it (its whole process group) afterwards.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { APP_DIR, TEST_SECRET, startApp } from './helpers';

// Lets two test runs share a machine.
const PORT = Number(process.env.EXAMPLE_TEST_PORT ?? 3101);
const BASE_URL = `http://localhost:${PORT}`;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the example app under test answers, e.g. http://localhost:3101. */
    exampleBaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(path.join(APP_DIR, '.next', 'BUILD_ID'))) {
    throw new Error(
      'The example app has no production build: run `npm run jwt:build` first.',
    );
  }
  const stop = (
    await startApp(PORT, {
      NEXTAUTH_SECRET: TEST_SECRET,
      NEXTAUTH_URL: BASE_URL,
      // Several files post wrong passwords for `demo` on purpose, all from this
      // machine: with the default limits (5 a username, 25 an address) the
      // later ones would be refused. sign-in-limit.test.ts starts servers with
      // small limits of their own to test the limit itself.
      SIGN_IN_LIMIT_PER_USERNAME: '10000',
      SIGN_IN_LIMIT_PER_ADDRESS: '10000',
      TRUST_PROXY: '',
    })
  ).stop;
  project.provide('exampleBaseUrl', BASE_URL);
  return stop;
}
