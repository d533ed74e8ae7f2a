import type { ComponentMarkdown } from '@site/src/plugins/page-markdown/component';
import {
  code,
  list,
  paragraph,
  table,
  type Inline,
} from '@site/src/plugins/page-markdown/nodes';
import {
  APP_NAMES,
  COMPARED,
  VISITORS,
  cellOf,
  routeName,
  type Cell,
} from './compared';

const answer = (cell: Cell): Inline =>
  'same' in cell
    ? cell.same
    : `next-auth: ${cell.jwt}; Better Auth: ${cell.betterAuth}`;

/** The comparison as one Markdown table, then the two lists of reasons. */
const appsComparedMarkdown: ComponentMarkdown = () => [
  paragraph(
    `What each visitor gets from ${APP_NAMES.jwt} (next-auth) and ${APP_NAMES.betterAuth}, on every route they share. One answer: both gave it.`,
  ),
  table(
    ['Route', ...VISITORS.map(({ label }) => label)],
    COMPARED.routes.map((route) => [
      code(routeName(route)),
      ...VISITORS.map(({ key }) => answer(cellOf(route, key))),
    ]),
  ),
  paragraph('Where the answers differ, and why:'),
  list(
    COMPARED.differences.map(({ route, visitor, why }) => [
      code(route),
      `, ${VISITORS.find((v) => v.key === visitor)!.label.toLowerCase()}: ${why}`,
    ]),
  ),
  paragraph('Routes only one app has:'),
  list(
    COMPARED.unpaired.map(({ app, path, why }) => [
      code(path),
      ` (${APP_NAMES[app]} only): ${why}`,
    ]),
  ),
];

export default appsComparedMarkdown;
