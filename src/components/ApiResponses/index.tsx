import ExampleLink from '@site/src/components/ExampleLink';
import exampleAnswers from '@site/src/data/api-responses.json';
import databaseAnswers from '@site/src/data/database-api-responses.json';
import type { RecordedRoute } from '@site/src/data/recorded-answers';
import DataTable from '@site/src/components/DataTable';
import styles from './styles.module.css';

interface App {
  recorded: Record<string, RecordedRoute>;
  /** How the signed-in visitor got there. */
  signedIn: string;
}

// Each example app: what its test suite recorded, and who was signed in.
const APPS: Record<'example' | 'database', App> = {
  example: {
    recorded: exampleAnswers,
    signedIn: 'Signed in as demo (a member)',
  },
  database: {
    recorded: databaseAnswers,
    signedIn: 'Signed in by an email link',
  },
};

type Props =
  /** An API route of the first example app (src/data/api-responses.json). */
  | { app?: 'example'; route: keyof typeof exampleAnswers }
  /** One of the database-sessions app (src/data/database-api-responses.json). */
  | { app: 'database'; route: keyof typeof databaseAnswers };

type Visitor = 'signedOut' | 'signedIn' | 'admin';

/**
 * What an API route answers, recorded from the running example app by its
 * test suite (examples/test/recorded-responses.test.ts and
 * examples/database-sessions/test/recorded-responses.test.ts), never typed
 * by hand.
 */
export default function ApiResponses({ app = 'example', route }: Props) {
  const { recorded, signedIn } = APPS[app];
  // `admin` is recorded only for the routes that answer admins differently.
  const { method = 'GET', ...answers } = recorded[route]!;
  const visitors: [Visitor, string][] = [
    ['signedOut', 'Signed out'],
    ['signedIn', signedIn],
    ['admin', 'Signed in as admin'],
  ];
  return (
    <DataTable label={`What ${route} answers`}>
      <table className={styles.table}>
        <caption>
          <code>{`${method} ${route}`}</code> answers
          {/* A link makes a GET: a POST route can only be tried from the app. */}
          {method === 'GET' && (
            <>
              {' '}
              (
              <ExampleLink app={app} route={route}>
                try it
              </ExampleLink>
              )
            </>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col">Status</th>
            <th scope="col">JSON body</th>
          </tr>
        </thead>
        <tbody>
          {visitors.map(([key, visitor]) => {
            const answer = answers[key];
            return (
              answer && (
                <tr key={key}>
                  <th scope="row">{visitor}</th>
                  <td>
                    <code>{answer.status}</code>
                  </td>
                  <td>
                    <pre className={styles.body}>
                      {JSON.stringify(answer.body, null, 2)}
                    </pre>
                  </td>
                </tr>
              )
            );
          })}
        </tbody>
      </table>
    </DataTable>
  );
}
