import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/**
 * The Docusaurus side of build-time highlighting. Every code block is
 * highlighted when the site is built (remark.ts, loader.cjs) and rendered by
 * our own CodeBlock, yet the classic theme still loads Prism in every page's
 * script to set up languages: point it at a stand-in. The empty
 * src/theme/prism-include-languages.ts is not enough by itself: the theme's
 * client module imports `Prism` to hand it over, and that import alone
 * bundles Prism (test/site-scripts.test.ts fails without this alias).
 */
export default function includeExamples(): Plugin {
  return {
    name: 'include-examples',
    configureWebpack: () => ({
      resolve: {
        alias: {
          'prism-react-renderer$': path.join(__dirname, 'no-prism.ts'),
        },
      },
    }),
  };
}
