import Link from '@docusaurus/Link';
import { DATABASE_EXAMPLE_ROUTES } from '@site/examples/database-sessions/lib/routes';
import { EXAMPLE_ROUTES, type ExampleRoute } from '@site/examples/lib/routes';
import DataTable from '@site/src/components/DataTable';
import ExampleLink from '@site/src/components/ExampleLink';
import type { ReactNode } from 'react';

interface Props {
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
const ROUTER_NAMES = { pages: 'Pages Router', app: 'App Router' };

type Route = ExampleRoute & { method?: 'POST' };

/** `getToken()` in an API route → <code>getToken()</code> in an API route. */
function withCode(text: string): ReactNode[] {
  return text
    .split('`')
    .map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

/**
 * An example app's routes, what each demonstrates and what a visitor gets,
 * from the same list the app's index page and its tests read. A POST route
 * has no link: a link would GET it.
 */
export default function RouteTable({ app = 'example', router }: Props) {
  const { routes, name } = APPS[app];
  const shown = routes.filter((route) => !router || route.router === router);
  return (
    <DataTable label={`${name}${router ? ` (${ROUTER_NAMES[router]})` : ''}`}>
      <table>
        <thead>
          <tr>
            <th scope="col">Route</th>
            <th scope="col">Demonstrates</th>
            <th scope="col">Signed out</th>
            <th scope="col">Signed in</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((route) => (
            <tr key={route.path}>
              <th scope="row">
                {route.method ? (
                  <code>{`${route.method} ${route.path}`}</code>
                ) : (
                  <ExampleLink app={app} route={route.path} />
                )}
              </th>
              <td>
                {route.section ? (
                  <Link to={`/docs/${route.section}`}>
                    {withCode(route.demonstrates)}
                  </Link>
                ) : (
                  withCode(route.demonstrates)
                )}
              </td>
              <td>{withCode(route.signedOut)}</td>
              <td>
                {route.member ? (
                  <>
                    a member: {withCode(route.member)}; an admin:{' '}
                    {withCode(route.signedIn)}
                  </>
                ) : (
                  withCode(route.signedIn)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DataTable>
  );
}
