import { ChoiceTabs, useChoice } from '@site/src/components/Choice';
import type { Props as TabItemProps } from '@theme/TabItem';
import {
  Children,
  isValidElement,
  useId,
  type ReactElement,
  type ReactNode,
} from 'react';
import styles from './styles.module.css';

interface Props {
  /** Tabs with one groupId switch together, on every page. */
  groupId?: string;
  /** Keep the choice in the URL too, under this key (true: the groupId). */
  queryString?: string | boolean;
  children: ReactNode;
}

/**
 * Our own Tabs for MDX (`<Tabs><TabItem value="a" label="A">…</TabItem></Tabs>`):
 * one compact row, and only the chosen panel is rendered, on the server and
 * in the browser. The server renders the default; the reader's choice (URL,
 * then storage) applies once the page is live.
 */
export default function Tabs({ groupId, queryString, children }: Props) {
  const items = Children.toArray(children).filter(
    (child): child is ReactElement<TabItemProps> => isValidElement(child),
  );
  const options = items.map(({ props }) => ({
    value: props.value,
    label: props.label ?? props.value,
  }));
  const [value, choose] = useChoice(
    {
      groupId,
      queryKey: queryString === true ? groupId : queryString || undefined,
    },
    options.map((option) => option.value),
    items.find(({ props }) => props.default)?.props.value ?? options[0]!.value,
  );
  const id = useId();
  const tabId = (tab: string) => `${id}-${tab}`;
  return (
    <div className={styles.tabs}>
      <ChoiceTabs
        label={groupId && groupId[0]!.toUpperCase() + groupId.slice(1)}
        options={options}
        value={value}
        onChange={choose}
        panelId={`${id}-panel`}
        tabId={tabId}
      />
      <div
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={tabId(value)}
        className={styles.panel}
      >
        {items.find(({ props }) => props.value === value)}
      </div>
    </div>
  );
}
