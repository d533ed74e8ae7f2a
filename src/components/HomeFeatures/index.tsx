import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

interface Feature {
  title: string;
  to: string;
  text: string;
}

const FEATURES: Feature[] = [
  {
    title: 'Pages',
    to: '/docs/protecting-pages',
    text: 'useSession in the browser, getServerSession in getServerSideProps, and a SessionProvider given the session the server read, so pages render signed in at once.',
  },
  {
    title: 'Whole sections',
    to: '/docs/the-proxy',
    text: 'withAuth in proxy.ts turns visitors away before a page renders, for every route its matcher names.',
  },
  {
    title: 'API routes',
    to: '/docs/protecting-api-routes',
    text: 'getServerSession or getToken: a 401 for strangers, the data for the signed in, nothing thrown for a bad cookie.',
  },
];

/** The three things the guide protects, each a link to its page of the guide. */
export default function HomeFeatures() {
  return (
    <section className={styles.features}>
      <div className="container">
        <div className="row">
          {FEATURES.map(({ title, to, text }) => (
            <div key={title} className="col col--4">
              <Heading as="h2" className={styles.title}>
                <Link to={to}>{title}</Link>
              </Heading>
              <p>{text}</p>
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
