// The example apps: each a folder directly under examples/, and one name used
// everywhere for it — the folder, its workspace (@examples/<name>), its npm
// scripts (<name>:dev, <name>:build, <name>:start), the variable that gives
// its deployed address, and the site's code (`app="<name>"`).
export const EXAMPLE_APPS = {
  jwt: {
    title: 'the JWT app',
    port: 3001,
    urlVariable: 'JWT_APP_URL',
  },
  'database-sessions': {
    title: 'the database-sessions app',
    port: 3002,
    urlVariable: 'DATABASE_SESSIONS_APP_URL',
  },
  'better-auth': {
    title: 'the Better Auth app',
    port: 3003,
    urlVariable: 'BETTER_AUTH_APP_URL',
  },
} as const;

export type ExampleApp = keyof typeof EXAMPLE_APPS;

export const EXAMPLE_APP_NAMES = Object.keys(EXAMPLE_APPS) as ExampleApp[];

/** Each app's address, for links into it: null when the site links to none. */
export type AppUrls = Record<ExampleApp, string | null>;

/** The app a file under examples/ belongs to (`examples/jwt/lib/auth.ts`: `jwt`). */
export function appOfFile(file: string): ExampleApp {
  const name = /^examples\/([^/]+)\//.exec(file)?.[1];
  if (!name || !(name in EXAMPLE_APPS)) {
    throw new Error(
      `${file} is in no example app: the apps are ${EXAMPLE_APP_NAMES.map((app) => `examples/${app}/`).join(', ')}`,
    );
  }
  return name as ExampleApp;
}
