// The index page's map of the example: each route, the pattern it shows, and
// what a signed-out and a signed-in visitor get.
import Link from 'next/link';
import { Fragment } from 'react';
import { ROUTES, type ExampleRoute } from '@/lib/routes';

/** The list's words, with `backtick spans` as code. */
function Words({ text }: { text: string }) {
  return text
    .split('`')
    .map((piece, i) =>
      i % 2 === 1 ? (
        <code key={i}>{piece}</code>
      ) : (
        <Fragment key={i}>{piece}</Fragment>
      ),
    );
}

function RouteLink({ path, router, protection }: ExampleRoute) {
  // A full page load, not next/link: API routes are not pages, and the App
  // Router's routes belong to the other router (app/).
  if (protection === 'api' || router === 'app') {
    return <a href={path}>{path}</a>;
  }
  return <Link href={path}>{path}</Link>;
}

export default function RouteTable() {
  return (
    <table>
      <thead>
        <tr>
          <th>Route</th>
          <th>Demonstrates</th>
          <th>Signed out</th>
          <th>Signed in</th>
        </tr>
      </thead>
      <tbody>
        {ROUTES.map((route) => (
          <tr key={route.path}>
            <td>
              <RouteLink {...route} />
            </td>
            <td>
              <Words text={route.demonstrates} />
            </td>
            <td>
              <Words text={route.signedOut} />
            </td>
            <td>
              <Words text={route.signedIn} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
