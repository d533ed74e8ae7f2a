// The index page's map of the example: each route, the pattern it shows, and
// what a signed-out and a signed-in visitor get.
import Link from 'next/link';

const ROUTES = [
  {
    route: '/client-side-example',
    shows: 'useSession() in the browser',
    signedOut: 'Access Denied',
    signedIn: 'Protected Page',
  },
  {
    route: '/server-side-example',
    shows: 'getServerSession() in getServerSideProps',
    signedOut: 'Access Denied, in the server HTML',
    signedIn: 'Protected Page, in the server HTML',
  },
  {
    route: '/middleware-example',
    shows: 'withAuth in proxy.ts',
    signedOut: '307 redirect to sign-in',
    signedIn: 'Protected Page',
  },
  {
    route: '/api/get-session-example',
    shows: 'getServerSession() in an API route',
    signedOut: '401 JSON error',
    signedIn: '200 JSON session',
  },
  {
    route: '/api/get-token-example',
    shows: 'getToken() in an API route',
    signedOut: '401 JSON error',
    signedIn: '200 JSON token',
  },
  {
    route: '/app-router/client-side-example',
    shows: 'useSession() in an App Router client component',
    signedOut: 'Access Denied',
    signedIn: 'Protected Page',
  },
  {
    route: '/app-router/server-side-example',
    shows: 'getServerSession() in a server component',
    signedOut: 'Access Denied, in the server HTML',
    signedIn: 'Protected Page, in the server HTML',
  },
  {
    route: '/app-router/api/get-session-example',
    shows: 'getServerSession() in a route handler',
    signedOut: '401 JSON error',
    signedIn: '200 JSON session',
  },
  {
    route: '/app-router/api/get-token-example',
    shows: 'getToken() in a route handler',
    signedOut: '401 JSON error',
    signedIn: '200 JSON token',
  },
  {
    route: '/api/auth/signin',
    shows: 'NextAuth(authOptions), serving /api/auth/*',
    signedOut: 'the sign-in form',
    signedIn: 'the sign-in form',
  },
];

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
        {ROUTES.map(({ route, shows, signedOut, signedIn }) => (
          <tr key={route}>
            <td>
              {/* A full page load, not next/link: API routes are not pages,
                  and /app-router/* belongs to the other router (app/). */}
              {route.includes('/api/') || route.startsWith('/app-router/') ? (
                <a href={route}>{route}</a>
              ) : (
                <Link href={route}>{route}</Link>
              )}
            </td>
            <td>{shows}</td>
            <td>{signedOut}</td>
            <td>{signedIn}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
