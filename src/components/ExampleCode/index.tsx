import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {
  Sample,
  SampleCode,
} from '@site/src/plugins/include-examples/sample';
import CodeBlockString from '@theme/CodeBlock/Content/String';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';
import clsx from 'clsx';
import { useState } from 'react';
import { PrehighlightedHtml } from './prehighlighted';
import styles from './styles.module.css';

interface Props {
  /** Made at build time by the include-examples loader from a file under examples/. */
  sample: Sample;
}

function Listing({ code }: { code: SampleCode }) {
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
      <PrehighlightedHtml.Provider value={code.html}>
        <CodeBlockString language={code.language} title={code.title}>
          {code.code}
        </CodeBlockString>
      </PrehighlightedHtml.Provider>
    </div>
  );
}

/** An example app file (or one region of it) in TypeScript and JavaScript tabs. */
export default function ExampleCode({ sample }: Props) {
  const [showWhole, setShowWhole] = useState(false);
  const { siteConfig } = useDocusaurusContext();
  const appUrl = String(siteConfig.customFields?.exampleAppUrl ?? '');
  const shown = showWhole && sample.whole ? sample.whole : sample;

  return (
    <figure
      className={clsx('example-code', styles.sample)}
      data-example-file={sample.file}
      data-example-region={sample.region ?? ''}
      data-expanded={showWhole}
    >
      {shown.js ? (
        <Tabs groupId="language" queryString="language">
          <TabItem value="ts" label="TypeScript" default>
            <Listing code={shown.ts} />
          </TabItem>
          <TabItem value="js" label="JavaScript">
            <Listing code={shown.js} />
          </TabItem>
        </Tabs>
      ) : (
        <Listing code={shown.ts} />
      )}
      <figcaption className={styles.actions}>
        {sample.route && (
          <a
            className={styles.action}
            href={`${appUrl}${sample.route}`}
            target="_blank"
            rel="noreferrer"
          >
            Open in example app <span aria-hidden="true">↗</span>
          </a>
        )}
        {sample.whole && (
          <button
            type="button"
            className={styles.action}
            aria-expanded={showWhole}
            onClick={() => setShowWhole((expanded) => !expanded)}
          >
            {showWhole ? 'Show only this part' : 'Show whole file'}
          </button>
        )}
      </figcaption>
    </figure>
  );
}
