import { exampleLink } from '@site/src/components/ExampleLink/markdown';
import type { ComponentMarkdown } from '@site/src/plugins/page-markdown/component';
import {
  code,
  link,
  table,
  withCode,
  type Inline,
} from '@site/src/plugins/page-markdown/nodes';
import { routesOf, type Props } from './app-routes';

/** The routes as a table: what each demonstrates, and what a visitor gets. */
const routeTableMarkdown: ComponentMarkdown<Props> = (props, context) => {
  const { app = 'jwt' } = props;
  return [
    table(
      ['Route', 'Demonstrates', 'Signed out', 'Signed in'],
      routesOf(props).routes.map((route): Inline[][] => [
        // A POST route has no link: a link would GET it.
        [
          route.method
            ? code(`${route.method} ${route.path}`)
            : exampleLink({ app, route: route.path }, [], context),
        ],
        route.section
          ? [
              link(
                context.link(`/docs/${route.section}`),
                ...withCode(route.demonstrates),
              ),
            ]
          : withCode(route.demonstrates),
        withCode(route.signedOut),
        route.member
          ? [
              'a member: ',
              ...withCode(route.member),
              '; an admin: ',
              ...withCode(route.signedIn),
            ]
          : withCode(route.signedIn),
      ]),
    ),
  ];
};

export default routeTableMarkdown;
