// MDX puts a component's children wherever it was written: text among
// blocks, or paragraphs where only text may stand. Markdown needs each in
// its place.
import type { PhrasingContent, RootContent } from 'mdast';

const PHRASING = new Set<string>([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'break',
  'html',
  'footnoteReference',
]);
const isPhrasing = (node: RootContent): node is PhrasingContent =>
  PHRASING.has(node.type);

/** Runs of phrasing content among blocks, each made a paragraph. */
export function asFlow(nodes: RootContent[]): RootContent[] {
  const flow: RootContent[] = [];
  let run: PhrasingContent[] | null = null;
  for (const node of nodes) {
    if (!isPhrasing(node)) {
      run = null;
      flow.push(node);
      continue;
    }
    if (!run) {
      run = [];
      flow.push({ type: 'paragraph', children: run });
    }
    run.push(node);
  }
  return flow;
}

/** Blocks of one paragraph opened up, for a place that holds phrasing. */
export function asPhrasing(
  nodes: RootContent[],
  what: string,
): PhrasingContent[] {
  return nodes.flatMap((node) => {
    if (isPhrasing(node)) return [node];
    if (node.type === 'paragraph') return node.children;
    throw new Error(`${what} gives a ${node.type} where text belongs`);
  });
}
