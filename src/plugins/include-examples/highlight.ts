import {
  createTransformerFactory,
  type TwoslashRenderer,
  type TwoslashShikiReturn,
} from '@shikijs/twoslash/core';
import type { Element } from 'hast';
import {
  createHighlighter,
  hastToHtml,
  type Highlighter,
  type ShikiTransformer,
} from 'shiki';
import { flatten } from './flatten';

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
