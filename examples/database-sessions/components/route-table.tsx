// The index page's map of the app, from the same list the guide and the
// tests read (lib/routes.ts).
import Link from 'next/link';
import { ROUTES } from '@/lib/routes';

/** `getToken()` is `null` → getToken() is null: the page shows plain text. */
const plain = (text: string) => text.replaceAll('`', '');

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
              {/* Pages get next/link; API routes are no pages to link to. */}
              {route.method === 'POST' ? (
                <code>POST {route.path}</code>
              ) : route.path.startsWith('/api/') ? (
                <a href={route.path}>{route.path}</a>
              ) : (
                <Link href={route.path}>{route.path}</Link>
              )}
            </th>
            <td>{plain(route.demonstrates)}</td>
            <td>{plain(route.signedOut)}</td>
            <td>{plain(route.signedIn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
