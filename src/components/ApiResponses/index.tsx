import recorded from '@site/src/data/api-responses.json';
import ExampleLink from '@site/src/components/ExampleLink';
import styles from './styles.module.css';

interface Answer {
  status: number;
  body: unknown;
}

type Route = keyof typeof recorded;

interface Props {
  /** An API route of the example app, as recorded in src/data/api-responses.json. */
  route: Route;
}

type Visitor = 'signedOut' | 'signedIn' | 'admin';

const VISITORS: [Visitor, string][] = [
  ['signedOut', 'Signed out'],
  ['signedIn', 'Signed in as demo (a member)'],
  ['admin', 'Signed in as admin'],
];

/**
 * What an API route answers, recorded from the running example app by its
 * test suite (examples/test/recorded-responses.test.ts), never typed by hand.
 */
export default function ApiResponses({ route }: Props) {
  // `admin` is recorded only for the routes that answer admins differently.
  const answers: Partial<Record<Visitor, Answer>> = recorded[route];
  return (
    <div className={styles.wrapper}>
      <table className={styles.table}>
        <caption>
          <code>GET {route}</code> answers (
          <ExampleLink route={route}>try it</ExampleLink>)
        </caption>
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col">Status</th>
            <th scope="col">JSON body</th>
          </tr>
        </thead>
        <tbody>
          {VISITORS.map(([key, visitor]) => {
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
    </div>
  );
}
