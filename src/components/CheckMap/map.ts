// Who checks what: each protected route and Server Action of the example
// app, by router, and every place that checks it, from the list the app and
// its tests read. The table on the page and the page's Markdown both take
// their rows and columns from here.
import {
  EXAMPLE_ACTIONS,
  ROUTES,
  type Check,
  type ExampleAction,
  type ExampleRoute,
} from '@site/examples/jwt/lib/routes';

export type Group = 'first' | 'server' | 'shown';

/**
 * One column per place that can check, in the order a request meets them
 * (the order of the keys). Naming every `Check` is a type error otherwise.
 */
export const LAYERS: Record<Check, { name: string; group: Group }> = {
  proxy: { name: 'Proxy', group: 'first' },
  page: { name: 'Page', group: 'server' },
  handler: { name: 'Handler', group: 'server' },
  'session-layer': { name: 'Session layer', group: 'server' },
  action: { name: 'Action', group: 'server' },
  browser: { name: 'Browser', group: 'shown' },
};
export const COLUMNS = Object.keys(LAYERS) as Check[];

export const GROUP_NAMES: Record<Group, string> = {
  first: 'First line',
  server: 'Where the data is',
  shown: 'What is shown',
};

/** The columns' groups, each as wide as its run of columns. */
export const GROUPS = COLUMNS.reduce<{ group: Group; span: number }[]>(
  (groups, check) => {
    const { group } = LAYERS[check];
    const last = groups.at(-1);
    if (last?.group === group) last.span += 1;
    else groups.push({ group, span: 1 });
    return groups;
  },
  [],
);

export const ROUTER_NAMES: Record<ExampleRoute['router'], string> = {
  pages: 'Pages Router',
  app: 'App Router',
};

/** A row: a protected route, or a Server Action (posted to its page). */
export type Row =
  | { key: string; route: ExampleRoute; checks: readonly Check[] }
  | { key: string; action: ExampleAction; checks: readonly Check[] };

function routeRow(route: ExampleRoute): Row {
  return { key: route.path, route, checks: route.checks ?? [] };
}

function actionRow(action: ExampleAction): Row {
  return {
    key: `${action.page} ${action.name}`,
    action,
    checks: action.checks,
  };
}

const checked = ROUTES.filter((route) => route.checks);

/**
 * Each router's protected routes, each followed by the Server Actions its
 * page posts. Server Actions exist only in the App Router: one whose page is
 * not in the list goes at its end.
 */
export const ROUTERS = (Object.keys(ROUTER_NAMES) as ExampleRoute['router'][])
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
