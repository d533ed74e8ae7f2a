import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';

interface Props {
  /** A route of the example app, e.g. `/client-side-example`. */
  route: string;
  /** Defaults to the route itself. */
  children?: ReactNode;
}

/** A link into the running example app, whose address is set at build time. */
export default function ExampleLink({ route, children }: Props) {
  const { siteConfig } = useDocusaurusContext();
  const appUrl = String(siteConfig.customFields?.exampleAppUrl ?? '');
  return (
    <a href={`${appUrl}${route}`} data-example-route={route}>
      {children ?? <code>{route}</code>}
    </a>
  );
}
