/** Every page of the site, for the checks that must cover them all. */
export const SITE_PAGES = [
  '/',
  '/docs/securing-pages-and-api-routes',
  '/docs/session-strategy',
  '/docs/run-the-example',
  '/docs/migrating-from-v3',
];
