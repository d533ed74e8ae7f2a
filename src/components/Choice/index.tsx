import { useQueryString, useStorageSlot } from '@docusaurus/theme-common';
import clsx from 'clsx';
import { useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import styles from './styles.module.css';

export interface Option {
  value: string;
  label: string;
}

interface Group {
  /** Shared by every control of the group, on every page: kept in storage. */
  groupId?: string;
  /** Also kept in the page's URL under this key (`?language=js`). */
  queryKey?: string;
}

/**
 * A reader's choice among `values`: from the URL, else from storage, else
 * `fallback`. The server renders `fallback`; the reader's own choice applies
 * once the page is live. Choosing updates the URL and storage, and with them
 * every control of the group on the page.
 */
export function useChoice(
  { groupId, queryKey }: Group,
  values: readonly string[],
  fallback: string,
): [string, (value: string) => void] {
  const [query, setQuery] = useQueryString(queryKey ?? '');
  const [stored, storage] = useStorageSlot(
    groupId ? `docusaurus.tab.${groupId}` : null,
  );
  const [local, setLocal] = useState<string | null>(null);
  const value = [queryKey && query, stored, local, fallback].find(
    (v): v is string => !!v && values.includes(v),
  )!;
  const choose = (next: string) => {
    setLocal(next);
    storage.set(next);
    if (queryKey) setQuery(next);
  };
  return [value, choose];
}

interface Props {
  /** What is being chosen, for screen readers ("Language"). */
  label?: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
  /** The id of the panel that shows the choice. */
  panelId: string;
  /** Ids of the tabs, by value, for the panel's `aria-labelledby`. */
  tabId: (value: string) => string;
  className?: string;
}

/**
 * One compact row of tabs. Choosing one can change the height of the page
 * above (every control of its group follows): the tab stays where the reader
 * clicked it.
 */
export function ChoiceTabs({
  label,
  options,
  value,
  onChange,
  panelId,
  tabId,
  className,
}: Props) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const choose = (next: string, tab: HTMLElement) => {
    if (next === value) return;
    const top = tab.getBoundingClientRect().top;
    flushSync(() => onChange(next));
    window.scrollBy(0, tab.getBoundingClientRect().top - top);
  };
  const move = (event: KeyboardEvent, index: number) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    tabs.current[(index + step + options.length) % options.length]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={label}
      className={clsx(styles.tabs, className)}
    >
      {options.map((option, index) => (
        <button
          key={option.value}
          ref={(tab) => {
            tabs.current[index] = tab;
          }}
          id={tabId(option.value)}
          type="button"
          role="tab"
          aria-selected={option.value === value}
          aria-controls={panelId}
          tabIndex={option.value === value ? 0 : -1}
          className={styles.tab}
          onClick={(event) => choose(option.value, event.currentTarget)}
          onKeyDown={(event) => move(event, index)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
