import DataTable from '@site/src/components/DataTable';
import { Fragment } from 'react';
import {
  FORMAT,
  baselinesOf,
  casesOf,
  measured,
  measuredOn,
  sessionsOf,
  versionsOf,
  type Props,
} from './cases';
import styles from './styles.module.css';

/**
 * What each way of reading a session costs an API route, as `npm run
 * bench:auth` last measured it (bench/auth.json): rendered at build time,
 * never typed by hand. Each app is measured against its own baseline.
 */
export default function AuthBenchmark(props: Props) {
  const { settings } = measured;
  const { cases, showSessions } = casesOf(props);
  return (
    <DataTable label="What each way of reading the session costs">
      <table className={styles.table}>
        <caption>
          Requests per second an API route serves, by how it reads the session (
          {settings.connections} connections, {settings.durationSeconds} s a
          case, {versionsOf(cases)}; {measuredOn()}; the baseline is each
          app&rsquo;s own{' '}
          {baselinesOf(cases).map((route, i) => (
            <Fragment key={route}>
              {i > 0 && ' or '}
              <code>{route}</code>
            </Fragment>
          ))}
          , which reads no session)
        </caption>
        <thead>
          <tr>
            {showSessions && <th scope="col">Sessions</th>}
            <th scope="col">Reads the session with</th>
            <th scope="col">Visitor</th>
            <th scope="col">Requests/s</th>
            <th scope="col">p50 latency</th>
            <th scope="col">p99 latency</th>
            <th scope="col">Against the baseline</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((row) => (
            <tr key={`${sessionsOf(row)}-${row.name}-${row.signedIn}`}>
              {showSessions && (
                <td className={styles.text}>{sessionsOf(row)}</td>
              )}
              <th scope="row">{row.name}</th>
              <td className={styles.text}>
                {row.signedIn ? 'signed in' : 'signed out'}
              </td>
              <td>{FORMAT.format(row.requests.perSecond)}</td>
              <td>{row.latency.p50.toFixed(0)} ms</td>
              <td>{row.latency.p99.toFixed(0)} ms</td>
              <td>{row.ratio.toFixed(2)}×</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DataTable>
  );
}
