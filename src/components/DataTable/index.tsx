import type { ReactNode } from 'react';
import styles from './styles.module.css';

interface Props {
  /** What the table holds, for screen readers moving between regions. */
  label: string;
  children: ReactNode;
}

/**
 * A table that scrolls sideways on a narrow screen instead of squeezing its
 * columns. The scroll box takes keyboard focus, so a keyboard user can
 * scroll it too (WCAG 2.1.1).
 */
export default function DataTable({ label, children }: Props) {
  return (
    <div
      className={styles.scroller}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
