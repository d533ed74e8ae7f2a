import CodeListing from '@site/src/components/CodeListing';
import type { ReactNode } from 'react';

interface Props {
  /** Made at build time by src/plugins/include-examples/remark.ts. */
  html?: string;
  title?: ReactNode;
  language?: string;
  /** The plain code, for a CodeBlock written by hand in a page. */
  children?: ReactNode;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};

/**
 * Our own CodeBlock: every fence in the docs is highlighted at build time, so
 * there is nothing to highlight here (and no Prism in the reader's bundle). A
 * CodeBlock written by hand with plain text shows it uncoloured.
 */
export default function CodeBlock({ html, title, language, children }: Props) {
  const code =
    html ?? String(children ?? '').replace(/[&<>]/g, (c) => ESCAPES[c]!);
  return (
    <CodeListing
      title={title}
      language={language}
      html={{ state: 'ready', html: code }}
    />
  );
}
