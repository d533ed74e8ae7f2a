// Shiki's output made small: no span per line, one span per run of one
// colour, plain text where the colour is the block's own, and each run of
// marked lines in one <mark>. Kept apart from highlight.ts, which sets Shiki
// up and hands it the code.
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer } from 'shiki';

/**
 * Lines become text between tokens, and tokens of one colour merge; a run of
 * marked lines goes into one `<mark>`.
 */
export function flatten(
  plainStyle: string,
  marked: ReadonlySet<number>,
): ShikiTransformer {
  return {
    name: 'flatten',
    code(element) {
      const lines = element.children.filter(
        (child) => child.type === 'element',
      );
      const runs: { marked: boolean; tokens: ElementContent[] }[] = [];
      lines.forEach((line, i) => {
        const tokens = line.children.map((token) =>
          unwrapPlain(withHoverInside(token), plainStyle),
        );
        if (i < lines.length - 1) tokens.push({ type: 'text', value: '\n' });
        const last = runs.at(-1);
        if (last?.marked === marked.has(i)) last.tokens.push(...tokens);
        else runs.push({ marked: marked.has(i), tokens });
      });
      element.children = runs.flatMap(({ marked, tokens }) =>
        marked
          ? [
              {
                type: 'element',
                tagName: 'mark',
                properties: {},
                children: merge(tokens),
              },
            ]
          : merge(tokens),
      );
    },
  };
}

/** Adjacent text joins, and spans of one colour become one. */
function merge(tokens: ElementContent[]): ElementContent[] {
  const merged: ElementContent[] = [];
  for (const token of tokens) {
    const last = merged.at(-1);
    if (last?.type === 'text' && token.type === 'text') {
      last.value += token.value;
      continue;
    }
    // `export default`: one span, the space between included.
    const space = last?.type === 'text' && !last.value.trim() ? last : null;
    const before = merged.at(space ? -2 : -1);
    if (sameColour(before, token)) {
      if (space) merged.pop();
      before.children.push(
        ...(space ? [space] : []),
        ...(token as Element).children,
      );
      continue;
    }
    merged.push(token);
  }
  return merged;
}

/** A colour span around a hovered name becomes one span with both. */
function withHoverInside(token: ElementContent): ElementContent {
  const [inner] = token.type === 'element' ? token.children : [];
  if (token.type !== 'element' || token.children.length !== 1) return token;
  if (inner?.type !== 'element') return token;
  return { ...inner, properties: { ...token.properties, ...inner.properties } };
}

function sameColour(
  a: ElementContent | undefined,
  b: ElementContent,
): a is Element {
  return (
    a?.type === 'element' &&
    b.type === 'element' &&
    isColourOnly(a) &&
    isColourOnly(b) &&
    a.properties.style === b.properties.style
  );
}

/** A token span with nothing but (at most) a colour. */
function isColourOnly(token: Element): boolean {
  return Object.keys(token.properties).every((key) => key === 'style');
}

/** Text in the block's own colour (or none: plain text) needs no span. */
function unwrapPlain(
  token: ElementContent,
  plainStyle: string,
): ElementContent {
  if (token.type !== 'element' || !isColourOnly(token)) return token;
  const text = token.children
    .map((c) => (c.type === 'text' ? c.value : ''))
    .join('');
  const style = String(token.properties.style ?? plainStyle).toLowerCase();
  return style === plainStyle || !text.trim()
    ? { type: 'text', value: text }
    : token;
}
