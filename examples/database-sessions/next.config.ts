import type { NextConfig } from 'next';

// Nothing here is specific to database sessions: `pg` is on Next.js's list
// of server packages it never bundles, and the proxy runs on Node.js.
const nextConfig: NextConfig = {
  reactStrictMode: true,
};

export default nextConfig;
