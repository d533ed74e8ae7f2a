import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * Lets the site bundle the example apps' real page components for the live
 * previews, the way Next.js would for the browser:
 * - `@/…` is each app's own path alias (its tsconfig.json), resolved by the
 *   folder of the importing file: the database-sessions app, inside the
 *   first app's folder, has components of the same names;
 * - server-only modules become empty, as Next.js strips getServerSideProps
 *   and its imports from browser bundles (the preview never calls them).
 *   In the database app, `@/lib/auth` leads to the pool, the adapter and
 *   `pg`; were they bundled, the build would fail on Node's built-ins;
 * - next-auth/react reads a few environment variables that only exist in Next.js.
 */
export default function examplePreviews(context: LoadContext): Plugin {
  const firstAppDir = path.join(context.siteDir, 'examples');
  const databaseAppDir = path.join(firstAppDir, 'database-sessions');
  // next-auth/react parses this URL when it loads (an empty one throws); the
  // previews never call the app, so a site with no example app to link to
  // gives it the local one.
  const appUrl = String(
    context.siteConfig.customFields?.exampleAppUrl || 'http://localhost:3001',
  );
  const aliasesFor = (appDir: string) => ({
    '@/lib/auth$': false as const,
    'next-auth$': false as const,
    '@': appDir,
  });
  return {
    name: 'example-previews',
    configureWebpack(_config, _isServer, { currentBundler }) {
      return {
        module: {
          rules: [
            {
              include: databaseAppDir,
              resolve: { alias: aliasesFor(databaseAppDir) },
            },
            {
              include: firstAppDir,
              exclude: databaseAppDir,
              resolve: { alias: aliasesFor(firstAppDir) },
            },
          ],
        },
        plugins: [
          new currentBundler.instance.DefinePlugin({
            'process.env.NEXTAUTH_URL': JSON.stringify(appUrl),
            'process.env.NEXTAUTH_URL_INTERNAL': 'undefined',
            'process.env.VERCEL_URL': 'undefined',
          }),
        ],
      };
    },
  };
}
