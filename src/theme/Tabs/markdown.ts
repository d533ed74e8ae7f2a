import type { RootContent } from 'mdast';
import type { ComponentMarkdown } from '@site/src/plugins/page-markdown/component';
import { paragraph, strong } from '@site/src/plugins/page-markdown/nodes';

/**
 * Every panel, not only the chosen one: each under its label in bold
 * ("Pages Router:", then what that tab holds), in the order of the tabs.
 */
const tabsMarkdown: ComponentMarkdown = async (_props, context) => {
  const panels: RootContent[] = [];
  for (const child of context.children) {
    // Line breaks between the tabs.
    if (child.type === 'text' && !child.value.trim()) continue;
    if (
      (child.type !== 'mdxJsxFlowElement' &&
        child.type !== 'mdxJsxTextElement') ||
      child.name !== 'TabItem'
    ) {
      throw new Error(`<Tabs> holds only <TabItem>s, not a ${child.type}`);
    }
    const { value, label } = context.propsOf(child);
    panels.push(
      paragraph(strong(`${String(label ?? value)}:`)),
      ...(await context.convert(child.children)),
    );
  }
  return panels;
};

export default tabsMarkdown;
