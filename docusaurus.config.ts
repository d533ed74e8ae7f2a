import path from 'node:path';
import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import remarkIncludeExamples, {
  type Options as IncludeExamplesOptions,
} from './src/plugins/include-examples/remark';
import {
  EXAMPLE_APPS,
  EXAMPLE_APP_NAMES,
  type AppUrls,
} from './src/example-apps';
import { withSocialCard } from './src/plugins/social-cards/front-matter';
import { SITE_CARD } from './src/plugins/social-cards/paths';

// Where the site is served from: canonical URLs and the sitemap. Set it for a
// deployed build; unset, the build is for this machine.
const SITE_URL = process.env.SITE_URL;
// Where links into each example app point: its deployed address, else (on
// this machine only) the one `npm start` runs. A deployed site without one
// tells readers how to run it instead of linking to their own localhost.
const APP_URLS = Object.fromEntries(
  EXAMPLE_APP_NAMES.map((app) => {
    const { urlVariable, port } = EXAMPLE_APPS[app];
    const url = process.env[urlVariable]?.replace(/\/$/, '');
    return [app, url ?? (SITE_URL ? null : `http://localhost:${port}`)];
  }),
) as AppUrls;
// The names these variables had before every app had one name.
for (const [old, now] of [
  ['EXAMPLE_APP_URL', 'JWT_APP_URL'],
  ['DATABASE_EXAMPLE_APP_URL', 'DATABASE_SESSIONS_APP_URL'],
] as const) {
  if (process.env[old] !== undefined) {
    throw new Error(
      `${old} is now called ${now}: rename it in your environment.`,
    );
  }
}
// The site's repository on GitHub (https://github.com/owner/repo), for
// "View source" on samples and "Edit this page"; none when unset.
const REPO_URL = process.env.REPO_URL?.replace(/\/$/, '');
// The branch those links point into.
const REPO_BRANCH = process.env.REPO_BRANCH ?? 'main';
// `npm run bench:site` builds once with DOCUSAURUS_FASTER=false to time the webpack build.
const FASTER = process.env.DOCUSAURUS_FASTER !== 'false';

const includeExamples: IncludeExamplesOptions = {
  siteDir: __dirname,
  loader: path.resolve(__dirname, 'src/plugins/include-examples/loader.cjs'),
};

const config: Config = {
  title: 'Securing pages and API routes with NextAuth.js',
  tagline:
    'Secure Next.js pages and API routes with NextAuth.js v4, with a runnable app behind every sample.',
  favicon: 'img/favicon.svg',
  url: SITE_URL ?? 'http://localhost:3000',
  baseUrl: '/',
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw' },
    // Each page's link preview is its own card (src/plugins/social-cards).
    parseFrontMatter: withSocialCard(__dirname),
  },

  future: {
    v4: true,
    // Docusaurus Faster: Rspack, SWC and Lightning CSS. All of it but Rspack's
    // persistent cache, which kept serving a sample's old text after its
    // example file changed: the guide must always show the source as it is.
    faster: FASTER && {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: true,
      rspackBundler: true,
      rspackPersistentCache: false,
      ssgWorkerThreads: true,
      gitEagerVcs: true,
    },
  },

  customFields: {
    appUrls: APP_URLS,
    sourceUrl: REPO_URL ? `${REPO_URL}/blob/${REPO_BRANCH}/` : null,
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          editUrl: REPO_URL && `${REPO_URL}/edit/${REPO_BRANCH}/`,
          beforeDefaultRemarkPlugins: [
            [remarkIncludeExamples, includeExamples],
          ],
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  // Old links to sections that are pages now still land on them.
  clientModules: ['./src/client/moved-sections.ts'],

  plugins: [
    './src/plugins/include-examples/index.ts',
    './src/plugins/example-previews/index.ts',
    './src/plugins/installed-packages/index.ts',
    './src/plugins/social-cards/index.ts',
    // Each page as Markdown beside it, /llms.txt and /llms-full.txt.
    ['./src/plugins/page-markdown/index.ts', { siteUrl: SITE_URL ?? null }],
  ],

  themes: [
    [
      // Offline full-text search: the index is built with the site, no service needed.
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        docsRouteBasePath: '/docs',
        searchBarShortcutHint: false,
      },
    ],
  ],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    // The link preview of pages without a card of their own (the home page,
    // search, 404): drawn by src/plugins/social-cards.
    image: SITE_CARD,
    navbar: {
      title: 'Securing pages and API routes with NextAuth.js',
      logo: { alt: '', src: 'img/favicon.svg' },
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'guide',
          position: 'left',
          label: 'Guide',
        },
        APP_URLS.jwt
          ? { href: APP_URLS.jwt, label: 'Example app', position: 'right' }
          : {
              to: '/docs/run-the-example',
              label: 'Run the example',
              position: 'right',
            },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guide',
          items: [
            {
              label: 'Securing pages and API routes',
              to: '/docs/securing-pages-and-api-routes',
            },
            { label: 'Run the example', to: '/docs/run-the-example' },
            { label: 'Migrating from v3', to: '/docs/migrating-from-v3' },
          ],
        },
        {
          title: 'NextAuth.js',
          items: [
            { label: 'Documentation (v4)', href: 'https://next-auth.js.org' },
            {
              label: 'Source',
              href: 'https://github.com/nextauthjs/next-auth',
            },
          ],
        },
      ],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
