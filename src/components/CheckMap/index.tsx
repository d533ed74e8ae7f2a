import DataTable from '@site/src/components/DataTable';
import ExampleLink from '@site/src/components/ExampleLink';
import {
  COLUMNS,
  GROUP_NAMES,
  GROUPS,
  LAYERS,
  ROUTER_NAMES,
  ROUTERS,
  type Row,
} from './map';
import styles from './styles.module.css';

/**
 * A row's head: a link to the route, or the action. No link to an action: a
 * link would GET the page, and an action is a POST.
 */
function RowHead({ row }: { row: Row }) {
  if ('route' in row) return <ExampleLink route={row.route.path} />;
  return (
    <>
      <code className={styles.action}>{`${row.action.name}()`}</code>
      <span className={styles.posted}>
        Server Action, posted to <code>{row.action.page}</code>
      </span>
    </>
  );
}

/**
 * A map of who checks what: each protected route and Server Action of the
 * example app, by router, and every place that checks its visitor, from the
 * list the app and its tests read. On a narrow screen the places' names
 * stand on end so that the table fits.
 */
export default function CheckMap() {
  return (
    <div className={styles.map}>
      <DataTable label="Who checks what: the server's checks are where the data is; the proxy and the browser only add to them">
        <table className={styles.table}>
          <caption>
            <span className={styles.captionText}>
              <strong>A map of who checks what</strong> in the example app: each
              protected route and Server Action, and each place that checks its
              visitor, in the order a request meets them
              <span aria-hidden="true"> (✓: checks there)</span>. The
              server&rsquo;s checks are where the data is; the proxy and the
              browser only ever add to them.
            </span>
          </caption>
          <colgroup />
          {GROUPS.map(({ group, span }) => (
            <colgroup key={group} span={span} className={styles[group]} />
          ))}
          <thead>
            <tr className={styles.groups}>
              <td />
              {GROUPS.map(({ group, span }) => (
                <th key={group} scope="colgroup" colSpan={span}>
                  {GROUP_NAMES[group]}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">Route or action</th>
              {COLUMNS.map((check) => (
                <th key={check} scope="col" className={styles.layer}>
                  <span>{LAYERS[check].name}</span>
                </th>
              ))}
            </tr>
          </thead>
          {ROUTERS.map(({ router, rows }) => (
            <tbody key={router}>
              <tr>
                <th
                  scope="rowgroup"
                  colSpan={1 + COLUMNS.length}
                  className={styles.router}
                >
                  {ROUTER_NAMES[router]}
                </th>
              </tr>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className={styles.route}>
                    <RowHead row={row} />
                  </th>
                  {COLUMNS.map((check) => (
                    <td key={check} className={styles.mark}>
                      {row.checks.includes(check) && (
                        <>
                          <span aria-hidden="true">✓</span>
                          <span className={styles.visuallyHidden}>checks</span>
                        </>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </DataTable>
    </div>
  );
}
