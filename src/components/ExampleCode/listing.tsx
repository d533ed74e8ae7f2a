import useIsBrowser from '@docusaurus/useIsBrowser';
import type { SampleCode } from '@site/src/plugins/include-examples/sample';
import CodeBlockString from '@theme/CodeBlock/Content/String';
import { useState } from 'react';
import { PrehighlightedHtml } from './prehighlighted';
import styles from './styles.module.css';

/**
 * Where the highlighted HTML of a listing comes from:
 * - pre-rendering: the build-time HTML, which the server bundle carries;
 * - hydrating in the browser: the page already holds that HTML, so the
 *   browser bundle leaves it out and React keeps the DOM it finds ('');
 * - mounted later (e.g. back from "Show whole file"): Docusaurus highlights
 *   it as usual (null).
 */
function useHighlightedHtml(code: SampleCode): string | null {
  const isBrowser = useIsBrowser();
  const [hydrating] = useState(() => !isBrowser);
  if (code.html !== undefined) return code.html;
  return hydrating ? '' : null;
}

/** One listing: Docusaurus' code block (title, copy button), or a note for type-only code. */
export default function Listing({ code }: { code: SampleCode }) {
  const html = useHighlightedHtml(code);
  if (!code.code) {
    return (
      <p className={styles.typeOnly} data-listing={code.title}>
        This code only declares types, so a JavaScript project leaves it out.
      </p>
    );
  }
  // CodeBlockString rather than CodeBlock: the latter re-renders every block
  // once after hydration to fix colours, which build-time CSS already has.
  return (
    <div data-listing={code.title}>
      <PrehighlightedHtml.Provider value={html}>
        <CodeBlockString language={code.language} title={code.title}>
          {code.code}
        </CodeBlockString>
      </PrehighlightedHtml.Provider>
    </div>
  );
}
