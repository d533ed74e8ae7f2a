import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: [
    'securing-pages-and-api-routes',
    'protecting-pages',
    'the-proxy',
    'protecting-api-routes',
    'session-layer',
    'server-actions',
    'roles',
    'sign-in-page',
    'hardening',
    'what-protects-you',
    'session-strategy',
    'database-sessions',
    'database-sessions-proxy',
    'run-the-example',
    'migrating-from-v3',
  ],
};

export default sidebars;
