import clsx from 'clsx';
import { useRef, useState, type ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * The code a listing shows, highlighted at build time (HTML for inside
 * `<code>`):
 * - `server`: what the server rendered, kept while the page hydrates;
 * - `loading`: not here yet; the listing holds its lines, empty, so nothing
 *   below moves;
 * - `ready`: this HTML.
 */
export type ListingHtml =
  { state: 'server' } | { state: 'loading' } | { state: 'ready'; html: string };

interface Props {
  /** The file name above the code. */
  title?: ReactNode;
  /** The language of the code, e.g. `tsx` or `bash`. */
  language?: string;
  /** Controls for the header row, e.g. the language tabs. */
  controls?: ReactNode;
  html: ListingHtml;
  lines?: number;
  /** Attributes of the element that holds the code (e.g. a tabpanel's). */
  panel?: Record<string, string>;
  /** Shown instead of code, when there is none (no copy button then). */
  children?: ReactNode;
  className?: string;
}

/**
 * A code listing: title, controls and a copy button in one row, then the
 * code. A name with a type shows it on hover and keyboard focus, by CSS
 * alone (see highlight.ts for the markup).
 */
export default function CodeListing({
  title,
  language,
  controls,
  html,
  lines = 0,
  panel,
  children,
  className,
}: Props) {
  const code = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      // The text of the code, as shown: types live in attributes, not text.
      await navigator.clipboard.writeText(code.current!.textContent ?? '');
    } catch {
      // No clipboard (an insecure page, a refused permission): select the
      // code, for the reader to copy themselves.
      getSelection()?.selectAllChildren(code.current!);
      return;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  const copyButton = !children && (
    <button
      type="button"
      className={styles.copy}
      disabled={html.state === 'loading'}
      onClick={() => void copy()}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
  return (
    <div className={clsx(styles.listing, className)}>
      {title || controls ? (
        <div className={styles.header}>
          {title && <span className={styles.title}>{title}</span>}
          {controls}
          {copyButton}
        </div>
      ) : (
        <div className={styles.corner}>{copyButton}</div>
      )}
      <div className={styles.body} {...panel}>
        {children || (
          // Scrollable code must be reachable by keyboard.
          <pre className={styles.code} tabIndex={0} data-language={language}>
            <code
              ref={code}
              // Hydrating with no HTML given, React keeps the server's DOM.
              suppressHydrationWarning
              dangerouslySetInnerHTML={{ __html: innerHtml(html, lines) }}
            />
          </pre>
        )}
      </div>
    </div>
  );
}

function innerHtml(html: ListingHtml, lines: number): string {
  switch (html.state) {
    case 'server':
      return '';
    case 'loading':
      return '\n'.repeat(lines);
    case 'ready':
      return html.html;
  }
}
