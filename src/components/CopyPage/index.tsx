import { useActiveDocContext } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { markdownUrlOf } from '@site/src/plugins/page-markdown/markdown-url';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import styles from './styles.module.css';

/** Assistants that open with a prompt from their URL. */
const ASSISTANTS = [
  { name: 'ChatGPT', url: 'https://chatgpt.com/?q=' },
  { name: 'Claude', url: 'https://claude.ai/new?q=' },
];

type Copy = 'idle' | 'copied' | 'select' | 'failed';

// Each page's Markdown, fetched once, when first asked for.
const fetched = new Map<string, Promise<string>>();

function fetchMarkdown(url: string): Promise<string> {
  if (!fetched.has(url)) {
    const text = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.text();
    });
    // A failed fetch is tried again next time.
    text.catch(() => fetched.delete(url));
    fetched.set(url, text);
  }
  return fetched.get(url)!;
}

/**
 * Puts the Markdown on the clipboard. The write starts in the click, with
 * the text to follow: Safari refuses a write begun after an await.
 */
async function copyToClipboard(text: Promise<string>): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/plain': blob }),
    ]);
  } else {
    await navigator.clipboard.writeText(await text);
  }
}

/**
 * "Copy page" beside the page's breadcrumbs: copies the page's Markdown
 * (written beside it at build time, fetched only when asked for), with
 * "View as Markdown" and links that open the page in an assistant. Where
 * the clipboard is refused, the Markdown is shown selected, to copy by hand.
 */
export default function CopyPage() {
  const { activeDoc } = useActiveDocContext(undefined);
  const { siteConfig } = useDocusaurusContext();
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<Copy>('idle');
  const [markdown, setMarkdown] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const fallback = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  // Closes the menu on a click anywhere else.
  useEffect(() => {
    if (!open) return undefined;
    const close = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  // The fallback: the Markdown selected, for the reader to copy.
  useEffect(() => {
    if (copy !== 'select') return;
    fallback.current?.focus();
    fallback.current?.select();
  }, [copy]);

  if (!activeDoc) return null;
  const pagePath = activeDoc.path;
  const markdownPath = markdownUrlOf(pagePath);
  const markdownUrl = `${siteConfig.url}${markdownPath}`;
  const prompt = `Read ${markdownUrl} (the page ${siteConfig.url}${pagePath} as Markdown), so that I can ask you about it.`;

  const copyPage = async () => {
    setOpen(false);
    const text = fetchMarkdown(markdownPath);
    try {
      await copyToClipboard(text);
      setCopy('copied');
      setTimeout(() => setCopy('idle'), 2000);
    } catch {
      // No clipboard (an insecure page, a refused permission): show it selected.
      try {
        setMarkdown(await text);
        setCopy('select');
      } catch {
        setCopy('failed');
      }
    }
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    if (open) {
      setOpen(false);
      toggle.current?.focus();
    } else if (copy === 'select' || copy === 'failed') {
      closePanel();
    }
  };

  // Focus moving out of the control closes the menu (a click outside does too,
  // above; Safari does not focus what is clicked, so a blur alone would close
  // the menu before a click on one of its links).
  const closeOnLeave = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && !root.current?.contains(next)) setOpen(false);
  };

  const closePanel = () => {
    setCopy('idle');
    copyButton.current?.focus();
  };

  return (
    <div
      ref={root}
      className={styles.copyPage}
      onKeyDown={closeOnEscape}
      onBlur={closeOnLeave}
    >
      <div className={styles.buttons}>
        <button
          ref={copyButton}
          type="button"
          className={styles.copy}
          onClick={() => void copyPage()}
        >
          {copy === 'copied' ? 'Copied' : 'Copy page'}
        </button>
        <button
          ref={toggle}
          type="button"
          className={styles.toggle}
          aria-label="More ways to read this page"
          aria-expanded={open}
          aria-controls={open ? `${id}-menu` : undefined}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <span role="status" className={styles.status}>
        {copy === 'copied' && 'Copied the page as Markdown'}
      </span>
      {open && (
        <ul id={`${id}-menu`} className={styles.menu}>
          <li>
            <a className={styles.item} href={markdownPath}>
              View as Markdown
            </a>
          </li>
          {ASSISTANTS.map(({ name, url }) => (
            <li key={name}>
              <a
                className={styles.item}
                href={`${url}${encodeURIComponent(prompt)}`}
                target="_blank"
                rel="noopener noreferrer"
              >
                Open in {name} <span aria-hidden="true">↗</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {copy === 'select' && (
        <div className={styles.panel}>
          <p id={`${id}-fallback`} className={styles.message}>
            This browser did not let the page copy. The Markdown is selected:
            press Ctrl+C (⌘C on a Mac) to copy it.
          </p>
          <textarea
            ref={fallback}
            className={styles.markdown}
            aria-label="The page as Markdown"
            aria-describedby={`${id}-fallback`}
            readOnly
            value={markdown}
          />
          <button type="button" className={styles.close} onClick={closePanel}>
            Close
          </button>
        </div>
      )}
      {copy === 'failed' && (
        <div className={styles.panel} role="alert">
          <p className={styles.message}>
            The Markdown could not be loaded. <a href={markdownPath}>Open it</a>{' '}
            instead.
          </p>
          <button type="button" className={styles.close} onClick={closePanel}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
