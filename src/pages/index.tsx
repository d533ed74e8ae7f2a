import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import HomeFeatures from '@site/src/components/HomeFeatures';
import RequestPath from '@site/src/components/RequestPath';
import type { AppUrls } from '@site/src/example-apps';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import styles from './index.module.css';

export default function Home() {
  const { siteConfig } = useDocusaurusContext();
  const appUrl = (siteConfig.customFields?.appUrls as AppUrls).jwt;
  return (
    <Layout description={siteConfig.tagline}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Protect your Next.js pages and API routes with NextAuth.js
          </Heading>
          <p className={styles.lead}>
            One guide to every way NextAuth.js v4 keeps visitors out of what is
            not theirs: in the browser, on the server, in the proxy and in API
            routes. Every sample is the source of a real app you can run, in
            TypeScript and JavaScript.
          </p>
          <div className={styles.actions}>
            <Link
              className="button button--primary button--lg"
              to="/docs/securing-pages-and-api-routes"
            >
              Read the guide
            </Link>
            <Link
              className="button button--secondary button--lg"
              to="/docs/run-the-example"
            >
              Run the example app
            </Link>
          </div>
          {appUrl && (
            <p className={styles.note}>
              Running it already? <a href={appUrl}>Open the example app</a> and
              sign in as <code>demo</code> / <code>demo</code> (or{' '}
              <code>admin</code> / <code>admin</code>).
            </p>
          )}
        </div>
      </header>
      <main>
        <HomeFeatures />
        <section className="container margin-vert--lg">
          <Heading as="h2">Where a check can run</Heading>
          <RequestPath />
        </section>
      </main>
    </Layout>
  );
}
