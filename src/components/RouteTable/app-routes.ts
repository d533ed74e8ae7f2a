// Each example app's routes, from the same list the app's index page and
// its tests read: the table on the page and the page's Markdown both take
// their rows from here.
import { DATABASE_EXAMPLE_ROUTES } from '@site/examples/database-sessions/lib/routes';
import { EXAMPLE_ROUTES, type ExampleRoute } from '@site/examples/lib/routes';

export type Route = ExampleRoute & { method?: 'POST' };

export interface Props {
  /** Which example app: the JWT one (default) or the database-sessions one. */
  app?: 'example' | 'database';
  /** Only this router's routes; both when absent. */
  router?: ExampleRoute['router'];
}

/** Each app's routes and its name. */
const APPS: Record<
  'example' | 'database',
  { routes: readonly Route[]; name: string }
> = {
  example: {
    routes: EXAMPLE_ROUTES,
    name: "The example app's routes",
  },
  database: {
    routes: DATABASE_EXAMPLE_ROUTES,
    name: "The database-sessions app's routes",
  },
};
export const ROUTER_NAMES = { pages: 'Pages Router', app: 'App Router' };

/** The routes shown, and what the table is, for screen readers. */
export function routesOf({ app = 'example', router }: Props): {
  routes: Route[];
  label: string;
} {
  const { routes, name } = APPS[app];
  return {
    routes: routes.filter((route) => !router || route.router === router),
    label: `${name}${router ? ` (${ROUTER_NAMES[router]})` : ''}`,
  };
}
