import path from 'node:path';
import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import remarkIncludeExamples, {
  type Options as IncludeExamplesOptions,
} from './src/plugins/include-examples/remark';

// Where "Open in example app" links point; set EXAMPLE_APP_URL at build time for a deployed app.
const EXAMPLE_APP_URL = (
  process.env.EXAMPLE_APP_URL ?? 'http://localhost:3001'
).replace(/\/$/, '');
// `npm run bench:site` builds once with DOCUSAURUS_FASTER=false to time the webpack build.
const FASTER = process.env.DOCUSAURUS_FASTER !== 'false';
// Where the site is served from; only used for canonical URLs and the sitemap.
const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000';

const includeExamples: IncludeExamplesOptions = {
  siteDir: __dirname,
  loader: path.resolve(__dirname, 'src/plugins/include-examples/loader.cjs'),
};

const config: Config = {
  title: 'Securing pages and API routes with NextAuth.js',
  tagline:
    'Secure Next.js pages and API routes with NextAuth.js v4, with a runnable app behind every sample.',
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: '/',
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw' },
  },

  future: {
    v4: true,
    // Docusaurus Faster: Rspack, SWC and Lightning CSS.
    faster: FASTER,
  },

  customFields: { exampleAppUrl: EXAMPLE_APP_URL },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          beforeDefaultRemarkPlugins: [
            [remarkIncludeExamples, includeExamples],
          ],
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    './src/plugins/include-examples/index.ts',
    './src/plugins/example-previews/index.ts',
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
        { href: EXAMPLE_APP_URL, label: 'Example app', position: 'right' },
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
