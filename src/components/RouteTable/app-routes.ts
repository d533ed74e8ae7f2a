// Each example app's routes, from the same list the app's index page and
// its tests read: the table on the page and the page's Markdown both take
// their rows from here.
import { ROUTES as BETTER_AUTH_ROUTES } from '@site/examples/better-auth/lib/routes';
import { ROUTES as DATABASE_SESSIONS_ROUTES } from '@site/examples/database-sessions/lib/routes';
import {
  ROUTES as JWT_ROUTES,
  type ExampleRoute,
} from '@site/examples/jwt/lib/routes';
import type { ExampleApp } from '@site/src/example-apps';

export type Route = ExampleRoute & { method?: 'POST' };

export interface Props {
  /** Which example app; the JWT app by default. */
  app?: ExampleApp;
  /** Only this router's routes; both when absent. */
  router?: ExampleRoute['router'];
}

/** Each app's routes and its name. */
const APPS: Record<ExampleApp, { routes: readonly Route[]; name: string }> = {
  jwt: {
    routes: JWT_ROUTES,
    name: "The JWT app's routes",
  },
  'database-sessions': {
    routes: DATABASE_SESSIONS_ROUTES,
    name: "The database-sessions app's routes",
  },
  'better-auth': {
    routes: BETTER_AUTH_ROUTES,
    name: "The Better Auth app's routes",
  },
};
export const ROUTER_NAMES = { pages: 'Pages Router', app: 'App Router' };

/** The routes shown, and what the table is, for screen readers. */
export function routesOf({ app = 'jwt', router }: Props): {
  routes: Route[];
  label: string;
} {
  const { routes, name } = APPS[app];
  return {
    routes: routes.filter((route) => !router || route.router === router),
    label: `${name}${router ? ` (${ROUTER_NAMES[router]})` : ''}`,
  };
}
