import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * Lets the site bundle the example app's real page components for the live
 * previews, the way Next.js would for the browser:
 * - `@/…` is the app's own path alias (examples/tsconfig.json);
 * - server-only modules become empty, as Next.js strips getServerSideProps
 *   and its imports from browser bundles (the preview never calls them);
 * - next-auth/react reads a few environment variables that only exist in Next.js.
 */
export default function examplePreviews(context: LoadContext): Plugin {
  const examplesDir = path.join(context.siteDir, 'examples');
  // next-auth/react parses this URL when it loads (an empty one throws); the
  // previews never call the app, so a site with no example app to link to
  // gives it the local one.
  const appUrl = String(
    context.siteConfig.customFields?.exampleAppUrl ?? 'http://localhost:3001',
  );
  return {
    name: 'example-previews',
    configureWebpack(_config, _isServer, { currentBundler }) {
      return {
        resolve: {
          alias: {
            '@/lib/auth$': false,
            'next-auth$': false,
            '@': examplesDir,
          },
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
