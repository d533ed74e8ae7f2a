import { exampleLink } from '@site/src/components/ExampleLink/markdown';
import type { ComponentMarkdown } from '@site/src/plugins/page-markdown/component';
import {
  code,
  paragraph,
  table,
  type Inline,
} from '@site/src/plugins/page-markdown/nodes';
import { LINKED, RECORDED, byAnswer, routesOf, type Props } from './headers';

/** A header's value as code, or "none" when the answer had none. */
const value = (header: string | null): Inline =>
  header ? code(header) : 'none';

/** The caching table as one Markdown table, the route first on each row. */
const cacheHeadersMarkdown: ComponentMarkdown<Props> = (props, context) => [
  paragraph(
    'What a cache sees of each answer. Storable: a shared cache may store it, by RFC 9111.',
  ),
  table(
    [
      'Route',
      'Visitor',
      'Status',
      'Storable',
      code('Cache-Control'),
      'Sets cookies',
      code('Vary'),
    ],
    routesOf(props).flatMap((path) => {
      const route = RECORDED[path]!;
      const routeCell: Inline = LINKED.has(path)
        ? exampleLink({ route: path }, [], context)
        : code(path);
      return byAnswer(route).map(({ who, answer }): (Inline | Inline[])[] => [
        routeCell,
        who,
        answer.location
          ? [code(String(answer.status)), ' to ', code(answer.location)]
          : code(String(answer.status)),
        answer.sharedCacheMayStore ? 'yes' : 'no',
        value(answer.cacheControl),
        value(answer.setCookie.join(', ')),
        value(answer.vary),
      ]);
    }),
  ),
];

export default cacheHeadersMarkdown;
