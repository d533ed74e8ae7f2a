// The map of checks (lib/routes.ts) against itself, the source and the
// build. The guide, the index page and every route test trust this map, so
// it must not leave a guarded route out, nor let one lean on the proxy or
// the browser alone. Needs the build (examples/jwt/.next), not the server.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_ACTIONS,
  ROUTES,
  type Check,
  type ExampleRoute,
} from '../lib/routes';
import { APP_DIR } from './helpers';

/**
 * Checks that keep no one out by themselves: the proxy can be skipped
 * (CVE-2025-29927), moved or misconfigured, and the browser runs whatever
 * its visitor wants.
 */
const NOT_ON_THEIR_OWN: readonly Check[] = ['proxy', 'browser'];

/** Whether something on the server checks, besides the proxy. */
function checksOnItsOwn(checks: readonly Check[] | undefined): boolean {
  return (checks ?? []).some((check) => !NOT_ON_THEIR_OWN.includes(check));
}

const SESSION_LAYER = /from '@\/lib\/session'/;

const OPEN: readonly ExampleRoute['protection'][] = ['none', 'guest'];

/**
 * What the build holds that the map does not list, and why that is right.
 * Anything else the build serves must be in ROUTES or
 * EXAMPLE_ACTIONS, so that a new guarded route is tested like the rest.
 */
const OFF_THE_MAP: Record<string, string> = {
  // Next.js's own: the Pages Router's frame and error pages, the App
  // Router's fallbacks, and the 404 page it writes for every build.
  '/_app': 'framework',
  '/_document': 'framework',
  '/_error': 'framework',
  '/404': 'framework',
  '/_not-found': 'framework',
  '/_global-error': 'framework',
  // Public: NextAuth.js's own routes (sign-in, callbacks, session, csrf).
  '/api/auth/[...nextauth]': 'public',
  // Public: what the proxy and the pages answer a member without the role
  // with; it shows nothing but "Forbidden".
  '/forbidden': 'public',
  // getSession({ req }) on the server, the NextAuth.js v3 way, which the
  // guide advises against; only bench:auth calls it, to measure its cost.
  // It checks the session itself (401 signed out); without-proxy tests it.
  '/api/get-session-v3-style': 'benchmark sample',
};

function manifest<T>(file: string): T {
  const built = path.join(APP_DIR, '.next', file);
  return JSON.parse(readFileSync(built, 'utf8')) as T;
}

/** Every URL path the build serves a page, API route or route handler on. */
function builtRoutes(): string[] {
  const pages = manifest<Record<string, string>>('server/pages-manifest.json');
  // app-paths-manifest.json's entries (`/x/page`, `/x/route`) as the URL
  // paths Next.js serves them on, route groups and all resolved.
  const app = manifest<Record<string, string>>('app-path-routes-manifest.json');
  const appEntries = Object.keys(
    manifest<Record<string, string>>('server/app-paths-manifest.json'),
  );
  expect(Object.keys(app).sort()).toEqual(appEntries.sort());
  return [...Object.keys(pages), ...Object.values(app)];
}

interface ServerReference {
  filename: string;
  exportedName: string;
}

/** Every Server Action in the build, as `file#export`. */
function builtActions(): string[] {
  const { node, edge } = manifest<{
    node: Record<string, ServerReference>;
    edge: Record<string, ServerReference>;
  }>('server/server-reference-manifest.json');
  return [...Object.values(node), ...Object.values(edge)].map(
    ({ filename, exportedName }) => `${filename}#${exportedName}`,
  );
}

describe('every guarded route and every action checks on the server by itself', () => {
  it.each([
    [['proxy'], false],
    [['browser'], false],
    [['proxy', 'browser'], false],
    [[], false],
    [undefined, false],
    [['proxy', 'page'], true],
    [['browser', 'handler'], true],
    [['action', 'session-layer'], true],
  ] as [Check[] | undefined, boolean][])(
    'the rule itself: checks %j are enough: %s',
    (checks, enough) => expect(checksOnItsOwn(checks)).toBe(enough),
  );

  it.each(ROUTES.filter((route) => !OPEN.includes(route.protection)))(
    '$path ($protection): $checks',
    ({ checks }) => expect(checksOnItsOwn(checks)).toBe(true),
  );

  it.each(EXAMPLE_ACTIONS)('the action $name: $checks', ({ checks }) =>
    expect(checksOnItsOwn(checks)).toBe(true),
  );

  it('routes open to everyone claim no checks', () => {
    const open = ROUTES.filter((route) => OPEN.includes(route.protection));
    expect(open.filter((route) => route.checks?.length)).toEqual([]);
  });
});

describe('the build serves nothing the map leaves out', () => {
  it('every page, API route and route handler is listed, or known to be off the map', () => {
    const listed = new Set(ROUTES.map((route) => route.path));
    const unlisted = builtRoutes().filter(
      (route) => !listed.has(route) && !(route in OFF_THE_MAP),
    );
    expect(unlisted).toEqual([]);
  });

  it('every Server Action is listed', () => {
    const listed = EXAMPLE_ACTIONS.map(
      ({ name }) => `app/app-router/actions-example/actions.ts#${name}`,
    );
    const unlisted = builtActions().filter(
      (action) => !listed.some((entry) => action.endsWith(entry)),
    );
    expect(unlisted).toEqual([]);
  });

  // The other way round: a map that names what is not there misleads too,
  // and its tests would only ever see a 404.
  it('every listed route and action is in the build, and nothing is excused twice', () => {
    const built = builtRoutes();
    expect(
      ROUTES.map(({ path }) => path).filter((p) => !built.includes(p)),
    ).toEqual([]);
    expect(Object.keys(OFF_THE_MAP).filter((p) => !built.includes(p))).toEqual(
      [],
    );
    const actions = builtActions();
    expect(
      EXAMPLE_ACTIONS.filter(
        ({ name }) => !actions.some((action) => action.endsWith(`#${name}`)),
      ).map(({ name }) => name),
    ).toEqual([]);
  });
});

// The claims that can be read off the source: a page that says it checks
// on the server has getServerSideProps, an action that says it checks has
// a call that reads the session, and what goes through the session layer
// imports it.
describe('each claimed check is in its source', () => {
  const read = (file: string) => readFileSync(path.join(APP_DIR, file), 'utf8');

  /** The route's source file, from the build's own entry for it. */
  function sourceOf(route: ExampleRoute): string {
    const bases =
      route.router === 'pages'
        ? [`pages${route.path}`, `pages${route.path.replace(/\/$/, '')}/index`]
        : Object.entries(
            manifest<Record<string, string>>('app-path-routes-manifest.json'),
          )
            .filter(([, urlPath]) => urlPath === route.path)
            .map(([entry]) => `app${entry}`);
    const files = bases.flatMap((base) => [`${base}.tsx`, `${base}.ts`]);
    const found = files.find((file) => existsSync(path.join(APP_DIR, file)));
    if (!found) throw new Error(`No source for ${route.path}: ${files.join()}`);
    return read(found);
  }

  it.each(
    ROUTES.filter(
      (route) => route.router === 'pages' && route.checks?.includes('page'),
    ),
  )('$path has getServerSideProps', (route) => {
    expect(sourceOf(route)).toMatch(
      /export (const|async function|function) getServerSideProps\b|export \{[^}]*\bgetServerSideProps\b/,
    );
  });

  it.each(ROUTES.filter((route) => route.checks?.includes('session-layer')))(
    '$path imports the session layer',
    (route) => {
      expect(sourceOf(route)).toMatch(SESSION_LAYER);
    },
  );

  const ACTIONS_FILE = 'app/app-router/actions-example/actions.ts';

  /** One exported action's source, up to the next export. */
  function actionSource(name: string): string {
    const source = read(ACTIONS_FILE);
    const start = source.search(new RegExp(`export async function ${name}\\b`));
    if (start < 0) throw new Error(`${ACTIONS_FILE} exports no ${name}`);
    const rest = source.slice(start + 1);
    const next = rest.search(/\nexport /);
    return next < 0 ? rest : rest.slice(0, next);
  }

  it.each(EXAMPLE_ACTIONS.filter(({ checks }) => checks.includes('action')))(
    'the action $name reads the session itself',
    ({ name }) => {
      expect(actionSource(name)).toMatch(
        /\b(requireSession|getSession|getServerSession)\(/,
      );
    },
  );

  it.each(
    EXAMPLE_ACTIONS.filter(({ checks }) => checks.includes('session-layer')),
  )('the action $name goes through the session layer', () => {
    expect(read(ACTIONS_FILE)).toMatch(SESSION_LAYER);
  });
});
