import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';

export interface Props {
  /** Which example app: the JWT one (default) or the database-sessions one. */
  app?: 'example' | 'database';
  /** A route of that app, e.g. `/client-side-example`. */
  route: string;
  /** Defaults to the route itself. */
  children?: ReactNode;
}

/**
 * A link into the running example app, whose address is set at build time.
 * A site deployed without one links to how to run it, or names the route.
 */
export default function ExampleLink({
  app = 'example',
  route,
  children,
}: Props) {
  const { siteConfig } = useDocusaurusContext();
  const appUrl = siteConfig.customFields?.[`${app}AppUrl`] as string | null;
  if (!appUrl) {
    return children ? (
      <Link to="/docs/run-the-example">{children}</Link>
    ) : (
      <code>{route}</code>
    );
  }
  return (
    <a href={`${appUrl}${route}`} data-example-route={route}>
      {children ?? <code>{route}</code>}
    </a>
  );
}
