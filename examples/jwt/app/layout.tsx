// The root layout of the App Router (app/). It only adds /app-router/*; the
// Pages Router (pages/) keeps every other route, and both share one frame.
// https://nextjs.org/docs/app/api-reference/file-conventions/layout#root-layout
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Layout from '@/components/layout';

export const metadata: Metadata = {
  title: 'NextAuth.js example: the App Router',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Layout>{children}</Layout>
      </body>
    </html>
  );
}
