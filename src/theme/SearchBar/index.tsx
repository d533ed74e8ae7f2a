import clsx from 'clsx';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import styles from './styles.module.css';

// The search bar's code loads when a reader reaches for it (pointer or
// focus), not with every page; its index loads on first use, as before.
const SearchBar = lazy(() => import('@theme-original/SearchBar'));

/** Renders nothing; tells its parent once the lazy search bar beside it has mounted. */
function Mounted({ onMount }: { onMount: () => void }) {
  useEffect(onMount, [onMount]);
  return null;
}

export default function LazySearchBar(props: Record<string, unknown>) {
  const [wanted, setWanted] = useState(false);
  const [ready, setReady] = useState(false);
  const typed = useRef({ value: '', focused: false });
  const box = useRef<HTMLDivElement>(null);

  // Once shown, the real box takes over what the reader did in the stand-in.
  useEffect(() => {
    const input = box.current?.querySelector('input');
    if (!ready || !input) return;
    const { value, focused } = typed.current;
    if (focused) input.focus();
    if (value) {
      // React tracks the value it set: the native setter and an input event
      // make it take the reader's text as typed.
      Object.getOwnPropertyDescriptor(
        HTMLInputElement.prototype,
        'value',
      )?.set?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, [ready]);

  return (
    <div className={styles.searchBar}>
      {!ready && (
        <div className="navbar__search">
          <input
            placeholder="Search"
            aria-label="Search"
            className="navbar__search-input"
            onPointerEnter={() => setWanted(true)}
            onFocus={() => {
              typed.current.focused = true;
              setWanted(true);
            }}
            onBlur={() => {
              typed.current.focused = false;
            }}
            onInput={(event) => {
              typed.current.value = event.currentTarget.value;
            }}
          />
        </div>
      )}
      {wanted && (
        <Suspense fallback={null}>
          <div ref={box} className={clsx(styles.box, !ready && styles.loading)}>
            <SearchBar {...props} />
            <Mounted onMount={() => setReady(true)} />
          </div>
        </Suspense>
      )}
    </div>
  );
}
