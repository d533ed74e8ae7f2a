import DataTable from '@site/src/components/DataTable';
import ExampleLink from '@site/src/components/ExampleLink';
import {
  LINKED,
  RECORDED,
  byAnswer,
  routesOf,
  statusOf,
  type Props,
} from './headers';
import styles from './styles.module.css';

/**
 * A header's value in code type, one directive (or cookie) a line, so that
 * none is ever cut at a hyphen; "none" when the answer had none.
 */
function Value({ of: value }: { of: string | null }) {
  if (!value) return <td>none</td>;
  return <td className={styles.value}>{value.replaceAll(', ', ',\n')}</td>;
}

/**
 * What a cache between the example app and its visitors sees of each
 * answer: recorded from the running app by
 * examples/jwt/test/cache-headers.test.ts, never typed by hand. That test also
 * fails if a shared cache may store an answer that differs by visitor or
 * sets a cookie.
 */
export default function CacheHeaders(props: Props) {
  const shown = routesOf(props);
  return (
    <DataTable label="The caching headers of the example app">
      <table className={styles.table}>
        <caption>
          What a cache sees of each answer. <em>Storable</em>: a shared cache
          may store it, by RFC 9111.
        </caption>
        <thead>
          <tr>
            <th scope="col">Visitor</th>
            <th scope="col">Status</th>
            <th scope="col">Storable</th>
            <th scope="col">
              <code>Cache-Control</code>
            </th>
            <th scope="col">Sets cookies</th>
            <th scope="col">
              <code>Vary</code>
            </th>
          </tr>
        </thead>
        {shown.map((path) => {
          const route = RECORDED[path]!;
          return (
            <tbody key={path}>
              {/* The route heads its rows, across the table: the columns
                  keep their width for the headers' values. */}
              <tr>
                <th scope="rowgroup" colSpan={6} className={styles.route}>
                  {LINKED.has(path) ? (
                    <ExampleLink route={path} />
                  ) : (
                    <code>{path}</code>
                  )}
                  {!route.personal && ' (the same for every visitor)'}
                </th>
              </tr>
              {byAnswer(route).map(({ who, answer }) => (
                <tr key={who}>
                  <td>{who}</td>
                  <td>{statusOf(answer)}</td>
                  <td>{answer.sharedCacheMayStore ? 'yes' : 'no'}</td>
                  <Value of={answer.cacheControl} />
                  <Value of={answer.setCookie.join(', ')} />
                  <Value of={answer.vary} />
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </DataTable>
  );
}
