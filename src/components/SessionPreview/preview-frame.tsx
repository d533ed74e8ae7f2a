import { useColorMode } from '@docusaurus/theme-common';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import styles from './styles.module.css';

// A page of its own: the example's headings and styles stay out of the guide's.
const FRAME_DOCUMENT = `<!doctype html><html lang="en"><head><style>
body { margin: 0; padding: 1rem 1.25rem; font: 16px/1.6 system-ui, -apple-system, 'Segoe UI', sans-serif;
  color: var(--fg); background: var(--bg); }
h1 { margin: 0 0 0.75rem; font-size: 1.5rem; line-height: 1.25; }
p { margin: 0 0 0.75rem; }
a { color: var(--link); text-decoration: underline; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.9em; }
</style></head><body></body></html>`;

interface Props {
  title: string;
  children: ReactNode;
}

/** Renders its children into an iframe, coloured like the guide around it. */
export default function PreviewFrame({ title, children }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [body, setBody] = useState<HTMLElement | null>(null);
  const { colorMode } = useColorMode();

  useEffect(() => {
    if (!body) return;
    const guide = getComputedStyle(document.documentElement);
    const colours = {
      '--fg': guide.getPropertyValue('--ifm-font-color-base'),
      '--bg': guide.getPropertyValue('--ifm-background-surface-color'),
      '--link': guide.getPropertyValue('--ifm-link-color'),
    };
    for (const [name, value] of Object.entries(colours)) {
      body.ownerDocument.documentElement.style.setProperty(name, value.trim());
    }
  }, [body, colorMode]);

  return (
    <>
      <iframe
        ref={frame}
        title={title}
        srcDoc={FRAME_DOCUMENT}
        className={styles.frame}
        onLoad={() => setBody(frame.current?.contentDocument?.body ?? null)}
      />
      {body && createPortal(children, body)}
    </>
  );
}
