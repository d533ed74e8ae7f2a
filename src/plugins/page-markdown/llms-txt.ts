// /llms.txt and /llms-full.txt, after the llmstxt.org proposal: the site's
// name as the one H1, a summary as a quotation, a paragraph on how to read
// what is linked, then lists of links, each with a note after a colon; the
// section called "Optional" holds what a reader short of room can skip.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** One entry of a list: where it is and what it holds. */
export interface Entry {
  title: string;
  url: string;
  note: string;
}

export interface LlmsTxt {
  name: string;
  summary: string;
  details: string;
  sections: { title: string; entries: Entry[] }[];
}

/** `/llms.txt`. */
export function llmsTxt({ name, summary, details, sections }: LlmsTxt): string {
  const lines = [`# ${name}`, '', `> ${summary}`, '', details, ''];
  for (const { title, entries } of sections) {
    lines.push(`## ${title}`, '');
    for (const { title: text, url, note } of entries) {
      lines.push(`- [${text}](${url})${note ? `: ${note}` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** `/llms-full.txt`: the name and summary, then every page's Markdown in order. */
export function llmsFullTxt(
  { name, summary }: Pick<LlmsTxt, 'name' | 'summary'>,
  pages: readonly string[],
): string {
  return [`# ${name}\n\n> ${summary}\n`, ...pages].join('\n');
}

const markdown = unified().use(remarkParse).use(remarkStringify);

/**
 * A README's title (its first heading) and the note for its entry (its first
 * paragraph, as Markdown on one line).
 */
export function readmeEntry(source: string): Omit<Entry, 'url'> {
  const tree = markdown.parse(source) as Root;
  const heading = tree.children.find((node) => node.type === 'heading');
  const first = tree.children.find((node) => node.type === 'paragraph');
  if (!heading || !first) {
    throw new Error('a README needs a heading and a paragraph under it');
  }
  const note = markdown
    .stringify({ type: 'root', children: [first] })
    .trim()
    .replace(/\s*\n\s*/g, ' ');
  return { title: toString(heading), note };
}
