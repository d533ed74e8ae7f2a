import ExampleLink from '@site/src/components/ExampleLink';
import DataTable from '@site/src/components/DataTable';
import { answersOf, type Props } from './answers';
import styles from './styles.module.css';

/**
 * What an API route answers, recorded from the running example app by its
 * test suite (examples/jwt/test/recorded-responses.test.ts and
 * examples/database-sessions/test/recorded-responses.test.ts), never typed
 * by hand.
 */
export default function ApiResponses(props: Props) {
  const { app = 'jwt', route } = props;
  const { method, rows } = answersOf(props);
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
          {rows.map(({ key, visitor, answer }) => (
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
          ))}
        </tbody>
      </table>
    </DataTable>
  );
}
