// The frame around every page: the navigation between the examples.
// Navigation lives here, not in the pages, so each page stays a plain
// component. It reads no session: the pages do, each for itself.
import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './layout.module.css';

const PAGES = [
  { href: '/', label: 'Home' },
  { href: '/client-side-example', label: 'Client side' },
  { href: '/server-side-example', label: 'Server side' },
  { href: '/middleware-example', label: 'Proxy' },
  { href: '/admin-example', label: 'Admins only' },
  { href: '/actions-example', label: 'Server Actions' },
  { href: '/sign-in', label: 'Sign in' },
];

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className={styles.header}>
        <nav className={styles.nav} aria-label="Examples">
          {PAGES.map(({ href, label }) => (
            <Link key={href} href={href}>
              {label}
            </Link>
          ))}
        </nav>
      </header>
      <main className={styles.main}>{children}</main>
    </>
  );
}
