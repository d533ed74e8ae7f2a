import type { NextConfig } from 'next';

// Nothing special is needed for NextAuth.js: the pages router, the proxy
// (Next.js 16's name for middleware) and instrumentation work as they are.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Lets a second production build (a benchmark's, another test run's) live
  // beside the usual one without overwriting it.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
};

export default nextConfig;
