// Runs once when the server starts, before it answers any request.
// https://nextjs.org/docs/pages/guides/instrumentation
export async function register() {
  // Only in the Node.js runtime, and never during `next build`: building
  // needs no database, only serving does.
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
