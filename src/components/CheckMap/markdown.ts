import { exampleLink } from '@site/src/components/ExampleLink/markdown';
import type { ComponentMarkdown } from '@site/src/plugins/page-markdown/component';
import {
  code,
  paragraph,
  strong,
  table,
  type Inline,
} from '@site/src/plugins/page-markdown/nodes';
import {
  COLUMNS,
  GROUP_NAMES,
  GROUPS,
  LAYERS,
  ROUTER_NAMES,
  ROUTERS,
} from './map';

/** The map as one table per router, ✓ where a place checks. */
const checkMapMarkdown: ComponentMarkdown = (_props, context) => {
  // Markdown tables have one header row: the groups of columns go in words.
  const groups = GROUPS.map(({ group }) => {
    const names = COLUMNS.filter((check) => LAYERS[check].group === group).map(
      (check) => LAYERS[check].name,
    );
    return `${GROUP_NAMES[group].toLowerCase()}: ${names.join(', ')}`;
  });
  return [
    paragraph(
      strong('A map of who checks what'),
      ' in the example app: each protected route and Server Action, and each place that checks its visitor, in the order a request meets them (✓: checks there). The server’s checks are where the data is; the proxy and the browser only ever add to them. The places: ',
      `${groups.join('; ')}.`,
    ),
    ...ROUTERS.flatMap(({ router, rows }) => [
      paragraph(strong(ROUTER_NAMES[router])),
      table(
        ['Route or action', ...COLUMNS.map((check) => LAYERS[check].name)],
        rows.map((row): (Inline | Inline[])[] => [
          'route' in row
            ? exampleLink({ route: row.route.path }, [], context)
            : [
                code(`${row.action.name}()`),
                ', Server Action, posted to ',
                code(row.action.page),
              ],
          ...COLUMNS.map((check) => (row.checks.includes(check) ? '✓' : '')),
        ]),
      ),
    ]),
  ];
};

export default checkMapMarkdown;
