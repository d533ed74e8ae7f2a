import measured from '@site/bench/auth.json';
import styles from './styles.module.css';

const FORMAT = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/**
 * What each way of reading a session costs an API route, as `npm run
 * bench:auth` last measured it (bench/auth.json): rendered at build time,
 * never typed by hand.
 */
export default function AuthBenchmark() {
  const { date, machine, settings, cases } = measured;
  return (
    <div className={styles.wrapper}>
      <table className={styles.table}>
        <caption>
          Requests per second an API route serves, by how it reads the session (
          {settings.connections} connections, {settings.durationSeconds} s a
          case, next-auth {settings.versions['next-auth']}, Next.js{' '}
          {settings.versions.next}; measured {date.slice(0, 10)} on{' '}
          {machine.cores} cores of an {machine.cpuModel}, Node.js {machine.node}
          ; the baseline is <code>{settings.baseline.route}</code>, which reads
          no session)
        </caption>
        <thead>
          <tr>
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
            <tr key={`${row.name}-${row.signedIn}`}>
              <th scope="row">{row.name}</th>
              <td>{row.signedIn ? 'signed in' : 'signed out'}</td>
              <td>{FORMAT.format(row.requests.perSecond)}</td>
              <td>{row.latency.p50.toFixed(0)} ms</td>
              <td>{row.latency.p99.toFixed(0)} ms</td>
              <td>{row.ratio.toFixed(2)}×</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
