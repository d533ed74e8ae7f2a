import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {
  IncludedSample,
  WholeFile,
} from '@site/src/plugins/include-examples/sample';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';
import clsx from 'clsx';
import { useState } from 'react';
import Listing from './listing';
import styles from './styles.module.css';

interface Props {
  /** Made at build time by the include-examples loader from a file under examples/. */
  sample: IncludedSample;
}

/** An example app file (or one region of it) in TypeScript and JavaScript tabs. */
export default function ExampleCode({ sample }: Props) {
  const [showWhole, setShowWhole] = useState(false);
  const [whole, setWhole] = useState<WholeFile | null>(null);
  const { siteConfig } = useDocusaurusContext();
  const appUrl = String(siteConfig.customFields?.exampleAppUrl ?? '');
  const shown = showWhole && whole ? whole : sample;
  // A listing shows one text for its lifetime (see listing.tsx): switching
  // between the part and the whole file mounts a new one.
  const part = shown === sample ? 'part' : 'whole';

  const toggleWhole = async () => {
    if (!whole && sample.whole) setWhole((await sample.whole()).default);
    setShowWhole((expanded) => !expanded);
  };

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
            <Listing key={part} code={shown.ts} />
          </TabItem>
          <TabItem value="js" label="JavaScript">
            <Listing key={part} code={shown.js} />
          </TabItem>
        </Tabs>
      ) : (
        <Listing key={part} code={shown.ts} />
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
            onClick={() => void toggleWhole()}
          >
            {showWhole ? 'Show only this part' : 'Show whole file'}
          </button>
        )}
      </figcaption>
    </figure>
  );
}
