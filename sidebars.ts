import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: [
    'securing-pages-and-api-routes',
    'session-strategy',
    'run-the-example',
    'migrating-from-v3',
  ],
};

export default sidebars;
