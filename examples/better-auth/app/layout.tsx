// The root layout: every page renders inside the same frame. It is no
// guard: Next.js does not run a layout again when a visitor navigates
// between the pages below it, and a Server Action or a route handler never
// runs it at all. Each page checks for itself.
// https://nextjs.org/docs/app/api-reference/file-conventions/layout#root-layout
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Layout from '@/components/layout';

export const metadata: Metadata = {
  title: 'Better Auth example',
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
