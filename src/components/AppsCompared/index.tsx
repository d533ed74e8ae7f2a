import DataTable from '@site/src/components/DataTable';
import {
  APP_NAMES,
  COMPARED,
  VISITORS,
  cellOf,
  routeName,
  type Cell,
} from './compared';
import styles from './styles.module.css';

function Answer({ cell }: { cell: Cell }) {
  if ('same' in cell) return <td>{cell.same}</td>;
  return (
    <td className={styles.differs}>
      next-auth: {cell.jwt}
      <br />
      Better Auth: {cell.betterAuth}
    </td>
  );
}

/**
 * Both example apps' answers on the routes they share, recorded from the
 * running apps by examples/better-auth/test/same-answers.test.ts, which
 * fails when they differ anywhere its list does not say why. Never typed
 * by hand.
 */
export default function AppsCompared() {
  return (
    <>
      <DataTable label="What both example apps answer">
        <table className={styles.table}>
          <caption>
            What each visitor gets from {APP_NAMES.jwt} (next-auth) and{' '}
            {APP_NAMES.betterAuth}, on every route they share. One answer: both
            gave it.
          </caption>
          <thead>
            <tr>
              <th scope="col">Route</th>
              {VISITORS.map(({ key, label }) => (
                <th scope="col" key={key}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COMPARED.routes.map((route) => (
              <tr key={route.betterAuth}>
                <th scope="row">
                  <code>{routeName(route)}</code>
                </th>
                {VISITORS.map(({ key }) => (
                  <Answer key={key} cell={cellOf(route, key)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </DataTable>
      <p>Where the answers differ, and why:</p>
      <ul>
        {COMPARED.differences.map(({ route, visitor, why }) => (
          <li key={`${route} ${visitor}`}>
            <code>{route}</code>,{' '}
            {VISITORS.find((v) => v.key === visitor)!.label.toLowerCase()}:{' '}
            {why}
          </li>
        ))}
      </ul>
      <p>Routes only one app has:</p>
      <ul>
        {COMPARED.unpaired.map(({ app, path, why }) => (
          <li key={path}>
            <code>{path}</code> ({APP_NAMES[app]} only): {why}
          </li>
        ))}
      </ul>
    </>
  );
}
