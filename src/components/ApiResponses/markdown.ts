import { exampleLink } from '@site/src/components/ExampleLink/markdown';
import type { ComponentMarkdown } from '@site/src/plugins/page-markdown/component';
import {
  code,
  paragraph,
  table,
  type Inline,
} from '@site/src/plugins/page-markdown/nodes';
import { answersOf, type Props } from './answers';

/** The recorded answers as a table, each JSON body on one line. */
const apiResponsesMarkdown: ComponentMarkdown<Props> = (props, context) => {
  const { app = 'jwt', route } = props;
  const { method, rows } = answersOf(props);
  // A link makes a GET: a POST route can only be tried from the app.
  const tryIt: Inline[] =
    method === 'GET'
      ? [
          ' (',
          exampleLink(
            { app, route },
            [{ type: 'text', value: 'try it' }],
            context,
          ),
          ')',
        ]
      : [];
  return [
    paragraph(code(`${method} ${route}`), ' answers', ...tryIt, ':'),
    table(
      ['Request', 'Status', 'JSON body'],
      rows.map(({ visitor, answer }) => [
        visitor,
        code(String(answer.status)),
        code(JSON.stringify(answer.body)),
      ]),
    ),
  ];
};

export default apiResponsesMarkdown;
