import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { AppUrls, ExampleApp } from '@site/src/example-apps';
import type { ReactNode } from 'react';

export interface Props {
  /** Which example app (src/example-apps.ts); the JWT app by default. */
  app?: ExampleApp;
  /** A route of that app, e.g. `/client-side-example`. */
  route: string;
  /** Defaults to the route itself. */
  children?: ReactNode;
  className?: string;
}

/**
 * A link into a running example app, whose address is set at build time.
 * A site deployed without one links to how to run it, or names the route.
 */
export default function ExampleLink({
  app = 'jwt',
  route,
  children,
  className,
}: Props) {
  const { siteConfig } = useDocusaurusContext();
  const appUrl = (siteConfig.customFields?.appUrls as AppUrls)[app];
  if (!appUrl) {
    return children ? (
      <Link className={className} to="/docs/run-the-example">
        {children}
      </Link>
    ) : (
      <code>{route}</code>
    );
  }
  return (
    <a
      className={className}
      href={`${appUrl}${route}`}
      data-example-app={app}
      data-example-route={route}
    >
      {children ?? <code>{route}</code>}
    </a>
  );
}
