// What forbidden() renders, with HTTP 403, anywhere under app/.
import Forbidden from '@/components/forbidden';

export default function ForbiddenPage() {
  return <Forbidden />;
}
