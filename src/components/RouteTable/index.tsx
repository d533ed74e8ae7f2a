import Link from '@docusaurus/Link';
import { EXAMPLE_ROUTES, type ExampleRoute } from '@site/examples/lib/routes';
import ExampleLink from '@site/src/components/ExampleLink';
import DataTable from '@site/src/components/DataTable';
import type { ReactNode } from 'react';

interface Props {
  /** Only this router's routes; both when absent. */
  router?: ExampleRoute['router'];
}

const GUIDE = '/docs/securing-pages-and-api-routes';
const ROUTER_NAMES = { pages: 'Pages Router', app: 'App Router' };

/** `getToken()` in an API route → <code>getToken()</code> in an API route. */
function withCode(text: string): ReactNode[] {
  return text
    .split('`')
    .map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

/**
 * The example app's routes, what each demonstrates and what a visitor gets,
 * from the same list the app's index page and its tests read.
 */
export default function RouteTable({ router }: Props) {
  const routes = EXAMPLE_ROUTES.filter(
    (route) => !router || route.router === router,
  );
  return (
    <DataTable
      label={`The example app's routes${router ? ` (${ROUTER_NAMES[router]})` : ''}`}
    >
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
          {routes.map(
            ({ path, demonstrates, section, signedOut, signedIn, member }) => (
              <tr key={path}>
                <th scope="row">
                  <ExampleLink route={path} />
                </th>
                <td>
                  {section ? (
                    <Link to={`${GUIDE}#${section}`}>
                      {withCode(demonstrates)}
                    </Link>
                  ) : (
                    withCode(demonstrates)
                  )}
                </td>
                <td>{withCode(signedOut)}</td>
                <td>
                  {member ? (
                    <>
                      a member: {withCode(member)}; an admin:{' '}
                      {withCode(signedIn)}
                    </>
                  ) : (
                    withCode(signedIn)
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </DataTable>
  );
}
