import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  experimental: {
    // forbidden() (lib/session.ts): a member on an admin page gets status
    // 403 and app/forbidden.tsx, from a server component.
    authInterrupts: true,
  },
};

export default nextConfig;
