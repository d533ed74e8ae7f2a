// A route handler for admins only: 401 without a session, 403 with the
// wrong role, 200 for an admin. getServerSession takes only authOptions here:
// in the App Router it reads the request's cookies itself.
// https://next-auth.js.org/configuration/nextjs#getserversession
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';

// #region handler
export async function GET() {
  const session = await getServerSession(authOptions);

  if (!session) {
    return Response.json(
      { error: 'You must be signed in to read this.' },
      { status: 401 },
    );
  }
  if (session.user.role !== 'admin') {
    return Response.json(
      { error: 'Only admins may read this.' },
      { status: 403 },
    );
  }

  return Response.json({ message: 'Hello, admin.', name: session.user.name });
}
// #endregion handler
