import Link from '@docusaurus/Link';
import { DATABASE_EXAMPLE_ROUTES } from '@site/examples/database-sessions/lib/routes';
import ExampleLink from '@site/src/components/ExampleLink';
import DataTable from '@site/src/components/DataTable';
import type { ReactNode } from 'react';

const PAGE = '/docs/session-strategy';

/** Text with `code` in backticks, as the routes list writes it. */
function withCode(text: string): ReactNode[] {
  return text
    .split('`')
    .map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

/**
 * The database-sessions app's routes, from the list its index page and its
 * tests read (examples/database-sessions/lib/routes.ts). A POST route has
 * no link: a browser's link would GET it.
 */
export default function DatabaseRouteTable() {
  return (
    <DataTable label="The database-sessions app's routes">
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
          {DATABASE_EXAMPLE_ROUTES.map((route) => (
            <tr key={route.path}>
              <th scope="row">
                {route.method ? (
                  <code>{`${route.method} ${route.path}`}</code>
                ) : (
                  <ExampleLink app="database" route={route.path} />
                )}
              </th>
              <td>
                {route.section ? (
                  <Link to={`${PAGE}#${route.section}`}>
                    {withCode(route.demonstrates)}
                  </Link>
                ) : (
                  withCode(route.demonstrates)
                )}
              </td>
              <td>{withCode(route.signedOut)}</td>
              <td>{withCode(route.signedIn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DataTable>
  );
}
