// Runs once when the server starts, before it answers any request: it
// refuses to start a production server without BETTER_AUTH_SECRET, then
// creates Better Auth's tables and the demo accounts (lib/start-server.ts).
// https://nextjs.org/docs/app/guides/instrumentation
export async function register() {
  // Only in the Node.js runtime (the only one with process.exit and `pg`),
  // and never during `next build`: building needs no secret and no
  // database, only serving does.
  if (
    process.env.NEXT_RUNTIME !== 'nodejs' ||
    process.env.NEXT_PHASE === 'phase-production-build'
  ) {
    return;
  }
  // Loaded here, not at the top: the Edge runtime must not bundle `pg`.
  const { startServer } = await import('@/lib/start-server');
  await startServer();
}
