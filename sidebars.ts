import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: [
    'securing-pages-and-api-routes',
    // Where a reader with v3 code lands: the overview, then the upgrade.
    'migrating-from-v3',
    'protecting-pages',
    'the-proxy',
    'protecting-api-routes',
    'session-layer',
    'server-actions',
    'roles',
    'sign-in-page',
    'hardening',
    'what-protects-you',
    'caching-and-sessions',
    'behind-a-reverse-proxy',
    'password-guessing',
    'session-strategy',
    'database-sessions',
    'database-sessions-proxy',
    'moving-to-better-auth',
    'run-the-example',
  ],
};

export default sidebars;
