// Starts the production build of the example app once for every HTTP test
// file, and stops it (its whole process group) afterwards.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { EXAMPLES_DIR, TEST_SECRET, serveApp } from './helpers';

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
  if (!existsSync(path.join(EXAMPLES_DIR, '.next', 'BUILD_ID'))) {
    throw new Error(
      'The example app has no production build: run `npm run example:build` first.',
    );
  }
  const stop = await serveApp(PORT, {
    NEXTAUTH_SECRET: TEST_SECRET,
    NEXTAUTH_URL: BASE_URL,
  });
  project.provide('exampleBaseUrl', BASE_URL);
  return stop;
}
