import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { ChoiceTabs, useChoice } from '@site/src/components/Choice';
import CodeListing from '@site/src/components/CodeListing';
import ExampleLink from '@site/src/components/ExampleLink';
import { appOfFile } from '@site/src/example-apps';
import type {
  IncludedSample,
  VariantKey,
} from '@site/src/plugins/include-examples/sample';
import { useId, useState } from 'react';
import { useListingHtml } from './use-listing-html';
import styles from './styles.module.css';

interface Props {
  /** Made at build time by the include-examples loader from a file under examples/. */
  sample: IncludedSample;
}

const LANGUAGES = [
  { value: 'ts', label: 'TypeScript' },
  { value: 'js', label: 'JavaScript' },
];

/**
 * An example app file (or one region of it), in TypeScript or JavaScript as
 * the reader chooses. Only the listing shown is on the page: the others are
 * fetched when chosen.
 */
export default function ExampleCode({ sample }: Props) {
  const [chosen, choose] = useChoice(
    { groupId: 'language', queryKey: 'language' },
    ['ts', 'js'],
    'ts',
  );
  const [whole, setWhole] = useState(false);
  const language = sample.variants.js ? chosen : 'ts';
  const key = `${language}${whole ? '-whole' : ''}` as VariantKey;
  const listing = sample.variants[key]!;
  const html = useListingHtml(key, listing);
  const { customFields } = useDocusaurusContext().siteConfig;
  const sourceUrl = customFields?.sourceUrl as string | null;
  const id = useId();
  const tabId = (value: string) => `${id}-${value}`;

  return (
    <figure
      className={styles.sample}
      data-example-file={sample.file}
      data-example-region={sample.region ?? ''}
    >
      <CodeListing
        title={listing.title}
        language={listing.language}
        html={html}
        lines={listing.lines}
        controls={
          sample.variants.js && (
            <ChoiceTabs
              label="Language"
              options={LANGUAGES}
              value={language}
              onChange={choose}
              panelId={`${id}-code`}
              tabId={tabId}
            />
          )
        }
        panel={{
          'data-listing': listing.title,
          ...(sample.variants.js && {
            id: `${id}-code`,
            role: 'tabpanel',
            'aria-labelledby': tabId(language),
          }),
        }}
      >
        {listing.lines === 0 && (
          <p className={styles.typeOnly}>
            This code only declares types, so a JavaScript project leaves it
            out.
          </p>
        )}
      </CodeListing>
      <figcaption className={styles.actions}>
        {sample.route && (
          <ExampleLink
            app={appOfFile(sample.file)}
            route={sample.route}
            className={styles.action}
          >
            Open in example app <span aria-hidden="true">↗</span>
          </ExampleLink>
        )}
        {sample.region && (
          <button
            type="button"
            className={styles.action}
            aria-expanded={whole}
            onClick={() => setWhole((shown) => !shown)}
          >
            {whole ? 'Show only this part' : 'Show whole file'}
          </button>
        )}
        {sourceUrl && (
          <a
            className={styles.action}
            href={`${sourceUrl}${sample.file}${whole ? '' : `#L${sample.lines[0]}-L${sample.lines[1]}`}`}
          >
            View source
          </a>
        )}
      </figcaption>
    </figure>
  );
}
