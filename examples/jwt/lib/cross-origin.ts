// Hardening: a Server Action posted from another site (a form on
// evil.example that targets this app). Next.js refuses to run it, because
// the Origin must match the Host, but it answers with a 500 ("Invalid Server
// Actions request.") that looks like a crash in the logs and to monitoring.
// The proxy says no first, with a 403. The action's own checks do not
// depend on this: without the proxy, Next.js still refuses.
// https://nextjs.org/docs/app/guides/data-security#built-in-server-actions-security-features
import type { NextRequest } from 'next/server';

/** The requests Next.js may run as a Server Action: a fetch with its id, or a posted form. */
function mayBeServerAction(req: NextRequest): boolean {
  const type = req.headers.get('content-type') ?? '';
  return (
    req.method === 'POST' &&
    (req.headers.has('next-action') || type.startsWith('multipart/form-data'))
  );
}

/** The host Next.js compares the Origin with: X-Forwarded-Host's first, else Host. */
function ownHost(req: NextRequest): string | null {
  const forwarded = req.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return forwarded || req.headers.get('host');
}

// #region cross-origin-action
/** A 403 for a Server Action sent from another origin; null for anything else. */
export function refuseCrossOriginAction(req: NextRequest): Response | null {
  // No Origin at all is a hand-made request, which Next.js lets through: it
  // carries only the cookies its sender chose. An empty one is refused here,
  // because Next.js would fail to parse it and answer 500.
  const origin = req.headers.get('origin');
  if (origin === null || !mayBeServerAction(req)) return null;
  const from = URL.canParse(origin) ? new URL(origin).host : origin;
  if (from === ownHost(req)) return null;
  return new Response('Cross-origin request refused.', { status: 403 });
}
// #endregion cross-origin-action
