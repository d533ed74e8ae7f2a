import databaseSessionsAnswers from '@site/src/data/database-sessions-api-responses.json';
import jwtAnswers from '@site/src/data/jwt-api-responses.json';
import type { Session } from 'next-auth';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { PreviewedPage, PreviewState } from './preview-page';
import PreviewFrame from './preview-frame';
import { STATES } from './states';
import styles from './styles.module.css';

// next-auth/react and the example's pages load only when a preview is shown.
const PreviewPage = lazy(() => import('./preview-page'));

// The session each app with previewed pages gives a signed-in visitor, as
// its test suite recorded it: the demo account, and the reader who signed in
// by an email link.
const SESSIONS: Record<NonNullable<PreviewedPage['app']>, Session> = {
  jwt: jwtAnswers['/api/get-session-example'].signedIn.body,
  'database-sessions':
    databaseSessionsAnswers['/api/get-session-example'].signedIn.body,
};

/**
 * The real page of an example app, rendered in a frame with the session
 * state of the reader's choice. Nothing loads until it scrolls into view.
 */
export default function SessionPreview(page: PreviewedPage) {
  const { app = 'jwt', route } = page;
  const [state, setState] = useState<PreviewState>('unauthenticated');
  const [visible, setVisible] = useState(false);
  const frame = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const observer = new IntersectionObserver(([entry]) => {
      if (entry?.isIntersecting) setVisible(true);
    });
    if (frame.current) observer.observe(frame.current);
    return () => observer.disconnect();
  }, []);

  return (
    <figure className={styles.preview} aria-label={`Live preview of ${route}`}>
      <div className={styles.toolbar}>
        <span className={styles.address}>{route}</span>
        <div
          role="radiogroup"
          aria-label="Session state"
          className={styles.states}
        >
          {STATES.map(({ value, label }) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={state === value}
              className={styles.state}
              onClick={() => {
                setState(value);
                setVisible(true);
              }}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      <div ref={frame} className={styles.page}>
        {visible ? (
          <PreviewFrame title={`The page at ${route}, ${state}`}>
            {/* A preview shows, it does not navigate: links and buttons inside stay put. */}
            <div
              onClickCapture={(event) => {
                // Stops the page's own handlers too: signIn() would leave the guide.
                event.preventDefault();
                event.stopPropagation();
              }}
            >
              <Suspense fallback={<p>Loading the page…</p>}>
                <PreviewPage {...page} state={state} session={SESSIONS[app]} />
              </Suspense>
            </div>
          </PreviewFrame>
        ) : (
          <p className={styles.note}>
            The page appears here when you scroll to it.
          </p>
        )}
      </div>
    </figure>
  );
}
