import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import { PrehighlightedHtml } from '@site/src/components/ExampleCode/prehighlighted';
import Content from '@theme-original/CodeBlock/Content';
import type ContentType from '@theme/CodeBlock/Content';
import clsx from 'clsx';
import { useContext, type ComponentProps } from 'react';
import styles from './styles.module.css';

type Props = ComponentProps<typeof ContentType>;

/**
 * Docusaurus' code content, except for samples highlighted at build time:
 * those are set as one HTML string, which React hydrates without creating a
 * node per token. Title, copy and word-wrap buttons stay Docusaurus' own.
 */
export default function ContentWrapper(props: Props) {
  const html = useContext(PrehighlightedHtml);
  if (html === null) return <Content {...props} />;
  return <PrehighlightedContent {...props} html={html} />;
}

function PrehighlightedContent({ className, html }: Props & { html: string }) {
  const { metadata, wordWrap } = useCodeBlockContext();
  return (
    <pre
      // eslint-disable-next-line react-hooks/refs -- hands the ref object on, as Docusaurus does; nothing reads it during render
      ref={wordWrap.codeBlockRef}
      // Scrollable code must be reachable by keyboard, as Docusaurus' own is.
      tabIndex={0}
      className={clsx(
        className,
        `prism-code language-${metadata.language}`,
        styles.codeBlock,
        'thin-scrollbar',
      )}
    >
      <code
        className={clsx('prehighlighted', styles.codeBlockLines)}
        // While hydrating, html is '' and the server's highlighted DOM stays.
        suppressHydrationWarning
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </pre>
  );
}
