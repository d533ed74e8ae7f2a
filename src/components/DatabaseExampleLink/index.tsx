import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';

interface Props {
  /** A route of the database-sessions app, e.g. `/middleware-example`. */
  route: string;
  /** Defaults to the route itself. */
  children?: ReactNode;
}

/**
 * A link into the running database-sessions app (examples/database-sessions),
 * whose address is set at build time: DATABASE_EXAMPLE_APP_URL.
 */
export default function DatabaseExampleLink({ route, children }: Props) {
  const { siteConfig } = useDocusaurusContext();
  const appUrl = String(
    siteConfig.customFields?.databaseExampleAppUrl ?? '',
  ).replace(/\/$/, '');
  return (
    <a href={`${appUrl}${route}`} data-database-example-route={route}>
      {children ?? <code>{route}</code>}
    </a>
  );
}
