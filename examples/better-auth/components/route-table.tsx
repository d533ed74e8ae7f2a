// The index page's map of the example: each route, the pattern it shows, and
// what a signed-out visitor, a member and an admin get.
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

function RouteLink({ path, method, protection }: ExampleRoute) {
  // A POST is no page to link to; an API route is no page for next/link.
  if (method === 'POST') return <code>POST {path}</code>;
  if (protection === 'api') return <a href={path}>{path}</a>;
  return <Link href={path}>{path}</Link>;
}

export default function RouteTable() {
  return (
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
        {ROUTES.map((route) => (
          <tr key={route.path}>
            <th scope="row">
              <RouteLink {...route} />
            </th>
            <td>
              <Words text={route.demonstrates} />
            </td>
            <td>
              <Words text={route.signedOut} />
            </td>
            <td>
              {route.member && (
                <>
                  A member: <Words text={route.member} />. An admin:{' '}
                </>
              )}
              <Words text={route.signedIn} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
