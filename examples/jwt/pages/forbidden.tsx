// The page the proxy answers a signed-in visitor without the right role
// with, as a rewrite with status 403 (see proxy.ts).
import Forbidden from '@/components/forbidden';

export default function ForbiddenPage() {
  return <Forbidden />;
}
