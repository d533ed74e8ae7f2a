import type { ReactNode } from 'react';

export interface Props {
  value: string;
  label?: string;
  /** The tab shown before the reader chooses. */
  default?: boolean;
  children?: ReactNode;
}

/** One panel of our Tabs, which reads its props and renders it only when chosen. */
export default function TabItem({ children }: Props) {
  return <>{children}</>;
}
