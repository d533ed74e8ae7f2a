import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import {
  EXAMPLE_APPS,
  EXAMPLE_APP_NAMES,
  type AppUrls,
} from '../../example-apps';

/**
 * Lets the site bundle the example apps' real page components for the live
 * previews, the way Next.js would for the browser:
 * - `@example-apps/<app>/…` is a file of that app (examples/<app>/…);
 * - inside each app, `@/…` is that app's own path alias (its tsconfig.json);
 * - server-only modules become empty, as Next.js strips getServerSideProps
 *   and its imports from browser bundles (the preview never calls them).
 *   In the database app, `@/lib/auth` leads to the pool, the adapter and
 *   `pg`; were they bundled, the build would fail on Node's built-ins;
 * - next-auth/react reads a few environment variables that only exist in Next.js.
 */
export default function examplePreviews(context: LoadContext): Plugin {
  const examplesDir = path.join(context.siteDir, 'examples');
  // next-auth/react parses this URL when it loads (an empty one throws); the
  // previews never call the app, so a site with no example app to link to
  // gives it the local one.
  const appUrls = context.siteConfig.customFields?.appUrls as AppUrls;
  const appUrl = appUrls.jwt ?? `http://localhost:${EXAMPLE_APPS.jwt.port}`;
  return {
    name: 'example-previews',
    configureWebpack(_config, _isServer, { currentBundler }) {
      return {
        resolve: { alias: { '@example-apps': examplesDir } },
        module: {
          rules: EXAMPLE_APP_NAMES.map((app) => {
            const appDir = path.join(examplesDir, app);
            return {
              include: appDir,
              resolve: {
                alias: {
                  '@/lib/auth$': false as const,
                  'next-auth$': false as const,
                  '@': appDir,
                },
              },
            };
          }),
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
