import type { NextConfig } from 'next';

// Nothing special is needed for NextAuth.js: the pages router, the proxy
// (Next.js 16's name for middleware) and instrumentation work as they are.
const nextConfig: NextConfig = {
  reactStrictMode: true,
};

export default nextConfig;
