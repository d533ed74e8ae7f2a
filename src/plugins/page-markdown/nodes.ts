// Small builders of Markdown (mdast) nodes for the components' Markdown
// renderings: the few shapes they need, typed, so that a renderer reads as
// what it writes. mdast-util-to-markdown turns them into text and does the
// escaping (a `|` in a table cell, a `*` in prose).
import type {
  Blockquote,
  InlineCode,
  Link,
  List,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
  Table,
  TableCell,
  Text,
} from 'mdast';

/** Phrasing content, where a plain string is text. */
export type Inline = PhrasingContent | string;

const phrasing = (children: Inline[]): PhrasingContent[] =>
  children.map((child) => (typeof child === 'string' ? text(child) : child));

export const text = (value: string): Text => ({ type: 'text', value });

export const code = (value: string): InlineCode => ({
  type: 'inlineCode',
  value,
});

export const strong = (...children: Inline[]): Strong => ({
  type: 'strong',
  children: phrasing(children),
});

export const link = (url: string, ...children: Inline[]): Link => ({
  type: 'link',
  url,
  children: phrasing(children),
});

export const paragraph = (...children: Inline[]): Paragraph => ({
  type: 'paragraph',
  children: phrasing(children),
});

export const blockquote = (...children: RootContent[]): Blockquote => ({
  type: 'blockquote',
  children: children as Blockquote['children'],
});

/** A list whose items are each one paragraph. */
export const list = (items: Inline[][], ordered = false): List => ({
  type: 'list',
  ordered,
  spread: false,
  children: items.map((item) => ({
    type: 'listItem',
    spread: false,
    children: [paragraph(...item)],
  })),
});

const cell = (content: Inline | Inline[]): TableCell => ({
  type: 'tableCell',
  children: phrasing(Array.isArray(content) ? content : [content]),
});

/** A table: its header row, then its rows; a cell is one piece of phrasing or several. */
export function table(
  header: (Inline | Inline[])[],
  rows: (Inline | Inline[])[][],
): Table {
  return {
    type: 'table',
    align: header.map(() => null),
    children: [header, ...rows].map((row) => ({
      type: 'tableRow',
      children: row.map(cell),
    })),
  };
}

/** Text in which `backticks` mark code, the way the example apps' route list writes it. */
export function withCode(value: string): Inline[] {
  return value
    .split('`')
    .map((part, i) => (i % 2 ? code(part) : part))
    .filter((part) => part !== '');
}
