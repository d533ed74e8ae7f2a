import styles from './styles.module.css';

interface Place {
  name: string;
  tool: string;
  sees: string;
  protects: string;
}

// In the order a request meets them.
const PLACES: Place[] = [
  {
    name: 'Proxy',
    tool: 'withAuth in proxy.ts',
    sees: 'the URL and the cookies: a JWT, via getToken()',
    protects: 'whole sections, before any page or route runs',
  },
  {
    name: 'Server render',
    tool: 'getServerSession(): getServerSideProps, server component',
    sees: 'the full session, JWT or database',
    protects: 'the HTML: nothing protected is sent',
  },
  {
    name: 'Browser',
    tool: 'useSession() in a page',
    sees: 'what /api/auth/session returned',
    protects: 'what an honest visitor is shown; never data',
  },
  {
    name: 'API route',
    tool: 'getServerSession() or getToken() in the handler',
    sees: 'the full session, or the decoded JWT',
    protects: 'the data itself: answer 401 or 403',
  },
];

const BOX_HEIGHT = 112;
const GAP = 40;
const WIDTH = 560;

/**
 * Where a check can run on a request's way through a Next.js app, and what
 * each place can see and protect: an SVG drawn in the theme's colours, with
 * the same facts as text for screen readers.
 */
export default function RequestPath() {
  const height = PLACES.length * (BOX_HEIGHT + GAP) - GAP;
  return (
    <figure className={styles.figure}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className={styles.diagram}
        role="img"
        aria-labelledby="request-path-title"
        aria-describedby="request-path-text"
      >
        <title id="request-path-title">
          The four places a request can be checked
        </title>
        <defs>
          <marker
            id="request-path-arrow"
            viewBox="0 0 10 10"
            refX="5"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className={styles.arrowHead} />
          </marker>
        </defs>
        {PLACES.map((place, i) => {
          const y = i * (BOX_HEIGHT + GAP);
          return (
            <g key={place.name}>
              <rect
                x="1"
                y={y + 1}
                width={WIDTH - 2}
                height={BOX_HEIGHT - 2}
                rx="10"
                className={styles.box}
              />
              <text x="20" y={y + 30} className={styles.name}>
                {i + 1}. {place.name}
              </text>
              <text x="20" y={y + 54} className={styles.tool}>
                {place.tool}
              </text>
              <text x="20" y={y + 78} className={styles.line}>
                sees: {place.sees}
              </text>
              <text x="20" y={y + 100} className={styles.line}>
                protects: {place.protects}
              </text>
              {i < PLACES.length - 1 && (
                <line
                  x1={WIDTH / 2}
                  y1={y + BOX_HEIGHT}
                  x2={WIDTH / 2}
                  y2={y + BOX_HEIGHT + GAP - 6}
                  className={styles.arrow}
                  markerEnd="url(#request-path-arrow)"
                />
              )}
            </g>
          );
        })}
      </svg>
      <figcaption id="request-path-text" className={styles.caption}>
        A request meets the proxy first, then the server render of the page,
        then the browser running it; the page&apos;s data comes from API routes,
        checked again there. Only the proxy, the server render and the API route
        can keep a visitor out; the browser only decides what to show.
      </figcaption>
    </figure>
  );
}
