// A page the proxy keeps for admins (see proxy.ts): a signed-out visitor is
// sent to sign in and a member gets 403 Forbidden before this page runs.
// The page does not count on that: a proxy can be misconfigured, moved or
// skipped (CVE-2025-29927), so it makes the same check as /admin-example.
import { getServerSideProps as adminOnly } from '@/pages/admin-example';

export { default } from '@/pages/admin-example';

// #region own-check
export const getServerSideProps = adminOnly;
// #endregion own-check
