import type { PhrasingContent } from 'mdast';
import type {
  ComponentMarkdown,
  MarkdownContext,
} from '@site/src/plugins/page-markdown/component';
import { code, link } from '@site/src/plugins/page-markdown/nodes';
import type { Props } from '.';

/**
 * A link into a running example app, as the page has it: to the app when
 * the site has its address; else to how to run it, or the route as code.
 */
export function exampleLink(
  { app = 'jwt', route }: Omit<Props, 'children'>,
  children: PhrasingContent[],
  context: MarkdownContext,
): PhrasingContent {
  const appUrl = context.appUrl(app);
  if (!appUrl) {
    return children.length
      ? link(context.link('/docs/run-the-example'), ...children)
      : code(route);
  }
  return link(
    `${appUrl}${route}`,
    ...(children.length ? children : [code(route)]),
  );
}

const exampleLinkMarkdown: ComponentMarkdown<Props> = async (
  props,
  context,
) => [
  exampleLink(props, await context.convertInline(context.children), context),
];

export default exampleLinkMarkdown;
