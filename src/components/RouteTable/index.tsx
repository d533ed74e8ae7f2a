import Link from '@docusaurus/Link';
import DataTable from '@site/src/components/DataTable';
import ExampleLink from '@site/src/components/ExampleLink';
import type { ReactNode } from 'react';
import { routesOf, type Props } from './app-routes';

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
export default function RouteTable(props: Props) {
  const { app = 'jwt' } = props;
  const { routes: shown, label } = routesOf(props);
  return (
    <DataTable label={label}>
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
