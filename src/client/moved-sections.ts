import type { ClientModule } from '@docusaurus/types';

/**
 * Sections that moved to pages of their own, by the anchor an old link
 * carries. A server never sees the #fragment, so the browser redirects it,
 * anchor kept: the page opens at the heading where the section kept its own.
 */
export const MOVED: Record<string, Record<string, string>> = {
  '/docs/securing-pages-and-api-routes': {
    'in-the-browser-with-usesession': '/docs/protecting-pages',
    'on-the-server-with-getserversession': '/docs/protecting-pages',
    'the-_app-that-makes-the-first-paint-signed-in': '/docs/protecting-pages',
    'protecting-whole-sections-with-the-proxy': '/docs/the-proxy',
    'protecting-api-routes': '/docs/protecting-api-routes',
    'with-the-session-getserversession': '/docs/protecting-api-routes',
    'with-the-token-gettoken': '/docs/protecting-api-routes',
    'roles-401-is-not-403': '/docs/roles',
    'on-the-server': '/docs/roles',
    'in-api-routes': '/docs/roles',
    'in-the-proxy-without-the-loop': '/docs/roles',
    'a-sign-in-page-of-your-own': '/docs/sign-in-page',
    'hardening-a-malformed-callback-url': '/docs/hardening',
    'what-protects-you-and-the-traps': '/docs/what-protects-you',
    'what-nextauthjs-guarantees': '/docs/what-protects-you',
    'the-traps': '/docs/what-protects-you',
    'what-each-method-costs': '/docs/what-protects-you',
    'coming-from-v3': '/docs/migrating-from-v3',
    'try-it': '/docs/run-the-example',
  },
  '/docs/session-strategy': {
    'switching-to-database-sessions': '/docs/database-sessions',
    'the-schema-applied-at-start': '/docs/database-sessions',
    'signing-in-without-a-mail-server': '/docs/database-sessions',
    'pages-and-api-routes-the-same-code': '/docs/database-sessions',
    'run-it': '/docs/database-sessions',
    'gettoken-is-null': '/docs/database-sessions-proxy',
    'the-proxy-that-works': '/docs/database-sessions-proxy',
    'sign-out-everywhere': '/docs/database-sessions-proxy',
  },
};

const movedSections: ClientModule = {
  onRouteDidUpdate({ location }) {
    const id = decodeURIComponent(location.hash.slice(1));
    const to = MOVED[location.pathname.replace(/\/$/, '')]?.[id];
    if (!to || document.getElementById(id)) return;
    window.location.replace(`${to}${location.search}${location.hash}`);
  },
};

export default movedSections;
