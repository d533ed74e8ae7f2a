import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { blockquote, paragraph, strong } from './nodes';

/** Docusaurus's admonitions, by the name their title defaults to. */
const KINDS: Record<string, string> = {
  note: 'Note',
  tip: 'Tip',
  info: 'Info',
  warning: 'Warning',
  danger: 'Danger',
  caution: 'Caution',
};

type Convert = (
  nodes: ContainerDirective['children'] | PhrasingContent[],
) => Promise<RootContent[]>;

/**
 * `:::warning[Title]` … `:::` as a quotation that starts with its kind and
 * title in bold: plain Markdown, which every reader of Markdown shows.
 */
export async function admonitionMarkdown(
  directive: ContainerDirective,
  convert: Convert,
): Promise<RootContent[]> {
  const kind = KINDS[directive.name];
  if (!kind) {
    throw new Error(
      `:::${directive.name} is no admonition (${Object.keys(KINDS).join(', ')})`,
    );
  }
  const [first, ...rest] = directive.children;
  const label =
    first?.type === 'paragraph' && first.data?.directiveLabel
      ? (first as Paragraph)
      : null;
  const title = label
    ? [`${kind}: `, ...((await convert(label.children)) as PhrasingContent[])]
    : [kind];
  return [
    blockquote(
      paragraph(strong(...title)),
      ...(await convert(label ? rest : directive.children)),
    ),
  ];
}
