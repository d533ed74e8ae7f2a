import {
  createTransformerFactory,
  type TwoslashRenderer,
  type TwoslashShikiReturn,
} from '@shikijs/twoslash/core';
import type { Element, ElementContent } from 'hast';
import {
  createHighlighter,
  hastToHtml,
  type Highlighter,
  type ShikiTransformer,
} from 'shiki';

/** A name in the code (line and column from 0) and the type the compiler gives it. */
export interface Hover {
  line: number;
  character: number;
  name: string;
  text: string;
}

/**
 * Both colour modes in one pass: each token carries `--shiki-light` and
 * `--shiki-dark`, and CSS picks one by `[data-theme]` (see CodeListing).
 */
const THEMES = { light: 'github-light-default', dark: 'github-dark-default' };
/**
 * Code sits on #f6f8fa, where the light theme's comment grey (#6e7781) falls
 * short of WCAG AA (4.3:1); GitHub's own newer muted grey reaches 6:1.
 */
const COLOR_REPLACEMENTS = { [THEMES.light]: { '#6e7781': '#59636e' } };
const LANGUAGES = [
  'ts',
  'tsx',
  'js',
  'jsx',
  'json',
  'bash',
  'css',
  'diff',
  'yaml',
  'nginx',
];

let highlighter: Promise<Highlighter> | undefined;

async function createShiki(): Promise<Highlighter> {
  const shiki = await createHighlighter({
    themes: Object.values(THEMES),
    langs: LANGUAGES,
  });
  // With Shiki 4.6.0 the first highlighting in a process gives the first
  // theme the colours of the wrong tokens; one throwaway pass per language
  // sets it right.
  for (const lang of LANGUAGES) {
    shiki.codeToHast('x', { lang, themes: THEMES, defaultColor: false });
  }
  return shiki;
}

/**
 * Highlighted HTML for the inside of a `<code>`: no span per line, one span
 * per run of one colour, plain text where the colour is the block's own. A
 * hovered name keeps its type in `aria-description` (read by screen readers
 * and shown by CSS, so no script is needed); its first occurrence is a tab
 * stop. Each run of marked lines is one `<mark>`, its last line break included.
 */
export async function highlight(
  code: string,
  language: string,
  hovers: Hover[] = [],
  marked: ReadonlySet<number> = new Set(),
): Promise<string> {
  const shiki = await (highlighter ??= createShiki());
  const lang = shiki.getLoadedLanguages().includes(language)
    ? language
    : 'text';
  const plain = Object.entries(THEMES)
    .map(([mode, theme]) => `--shiki-${mode}:${shiki.getTheme(theme).fg}`)
    .join(';')
    .toLowerCase();
  const text = code.replace(/\n$/, '');
  const transformers = [flatten(plain, marked)];
  if (hovers.length) transformers.unshift(typeHovers(text, lang, hovers));
  const root = shiki.codeToHast(text, {
    lang,
    themes: THEMES,
    defaultColor: false,
    colorReplacements: COLOR_REPLACEMENTS,
    transformers,
  });
  const pre = root.children[0] as Element;
  return hastToHtml((pre.children[0] as Element).children);
}

function typeHovers(
  code: string,
  lang: string,
  hovers: Hover[],
): ShikiTransformer {
  const lineStarts = [0];
  for (const line of code.split('\n')) {
    lineStarts.push(lineStarts.at(-1)! + line.length + 1);
  }
  const nodes = hovers.map(({ line, character, name, text }) => ({
    type: 'hover',
    start: lineStarts[line]! + character,
    length: name.length,
    line,
    character,
    target: name,
    text,
  })) as TwoslashShikiReturn['nodes'];
  const tabStops = new Set<string>();
  const renderer: TwoslashRenderer = {
    // `text` is the name inside its colour span; `flatten` then makes the two one.
    nodeStaticInfo: (info, text) => {
      const first = !tabStops.has(info.target);
      tabStops.add(info.target);
      return {
        type: 'element',
        tagName: 'span',
        properties: {
          'aria-description': info.text,
          ...(first && { tabIndex: 0 }),
        },
        children: [text],
      };
    },
  };
  // The types were worked out for the whole file (see type-info.ts): this
  // "twoslasher" hands them over for the part shown.
  return createTransformerFactory(() => ({ code, nodes }))({
    langs: [lang],
    renderer,
    twoslashOptions: {},
  });
}

/**
 * Lines become text between tokens, and tokens of one colour merge; a run of
 * marked lines goes into one `<mark>`.
 */
function flatten(
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
