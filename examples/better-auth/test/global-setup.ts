// Starts the production build of the Better Auth app once, on an embedded
// database in memory, for every HTTP test file; and the JWT app's beside it,
// for the test that compares the two route by route.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import * as jwtApp from '../../jwt/test/helpers';
import { APP_DIR, startApp } from './app-server';

// Lets two test runs share a machine.
const PORT = Number(process.env.BETTER_AUTH_TEST_PORT ?? 3301);

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Better Auth app under test, e.g. http://localhost:3301. */
    betterAuthBaseUrl: string;
    /** The JWT app, to compare with. */
    jwtBaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  for (const [dir, build] of [
    [APP_DIR, 'better-auth:build'],
    [jwtApp.APP_DIR, 'jwt:build'],
  ]) {
    if (!existsSync(path.join(dir!, '.next', 'BUILD_ID'))) {
      throw new Error(
        `No production build in ${dir}: run \`npm run ${build}\` first.`,
      );
    }
  }
  const [betterAuth, jwt] = await Promise.all([
    // Tests sign in far more often than a person: Better Auth's limit (3
    // sign-ins in 10 s per address) would refuse them. startup.test.ts
    // checks the limit on a server of its own.
    startApp({ port: PORT, env: { BETTER_AUTH_RATE_LIMIT: 'off' } }),
    jwtApp.startApp(PORT + 8, {
      NEXTAUTH_SECRET: jwtApp.TEST_SECRET,
      NEXTAUTH_URL: `http://localhost:${PORT + 8}`,
    }),
  ]);
  project.provide('betterAuthBaseUrl', betterAuth.baseUrl);
  project.provide('jwtBaseUrl', jwt.baseUrl);
  return async () => {
    await Promise.all([betterAuth.stop(), jwt.stop()]);
  };
}
