import {
  EXAMPLE_ACTIONS,
  EXAMPLE_ROUTES,
  type Check,
  type ExampleAction,
  type ExampleRoute,
} from '@site/examples/lib/routes';
import DataTable from '@site/src/components/DataTable';
import ExampleLink from '@site/src/components/ExampleLink';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

type Group = 'first' | 'server' | 'shown';

/**
 * One column per place that can check, in the order a request meets them
 * (the order of the keys). Naming every `Check` is a type error otherwise.
 */
const LAYERS: Record<Check, { name: string; group: Group }> = {
  proxy: { name: 'Proxy', group: 'first' },
  page: { name: 'Page', group: 'server' },
  handler: { name: 'Handler', group: 'server' },
  'session-layer': { name: 'Session layer', group: 'server' },
  action: { name: 'Action', group: 'server' },
  browser: { name: 'Browser', group: 'shown' },
};
const COLUMNS = Object.keys(LAYERS) as Check[];

const GROUP_NAMES: Record<Group, string> = {
  first: 'First line',
  server: 'Where the data is',
  shown: 'What is shown',
};

/** The columns' groups, each as wide as its run of columns. */
const GROUPS = COLUMNS.reduce<{ group: Group; span: number }[]>(
  (groups, check) => {
    const { group } = LAYERS[check];
    const last = groups.at(-1);
    if (last?.group === group) last.span += 1;
    else groups.push({ group, span: 1 });
    return groups;
  },
  [],
);

const ROUTER_NAMES: Record<ExampleRoute['router'], string> = {
  pages: 'Pages Router',
  app: 'App Router',
};

interface Row {
  key: string;
  head: ReactNode;
  checks: readonly Check[];
}

function routeRow(route: ExampleRoute): Row {
  return {
    key: route.path,
    head: <ExampleLink route={route.path} />,
    checks: route.checks ?? [],
  };
}

/** No link: a link would GET the page, and an action is a POST. */
function actionRow(action: ExampleAction): Row {
  return {
    key: `${action.page} ${action.name}`,
    head: (
      <>
        <code className={styles.action}>{`${action.name}()`}</code>
        <span className={styles.posted}>
          Server Action, posted to <code>{action.page}</code>
        </span>
      </>
    ),
    checks: action.checks,
  };
}

const checked = EXAMPLE_ROUTES.filter((route) => route.checks);

/**
 * Each router's protected routes, each followed by the Server Actions its
 * page posts. Server Actions exist only in the App Router: one whose page is
 * not in the list goes at its end.
 */
const ROUTERS = (Object.keys(ROUTER_NAMES) as ExampleRoute['router'][])
  .map((router) => ({
    router,
    rows: [
      ...checked
        .filter((route) => route.router === router)
        .flatMap((route) => [
          routeRow(route),
          ...EXAMPLE_ACTIONS.filter((action) => action.page === route.path).map(
            actionRow,
          ),
        ]),
      ...(router === 'app'
        ? EXAMPLE_ACTIONS.filter(
            (action) => !checked.some((route) => route.path === action.page),
          ).map(actionRow)
        : []),
    ],
  }))
  .filter(({ rows }) => rows.length > 0);

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
                    {row.head}
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
