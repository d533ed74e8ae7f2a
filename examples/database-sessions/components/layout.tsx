// The frame around every page: the navigation between the examples. Pages
// import neither next/link nor next/router, so each stays a plain component.
import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './layout.module.css';

const PAGES = [
  { href: '/', label: 'Home' },
  { href: '/server-side-example', label: 'Server side' },
  { href: '/middleware-example', label: 'Proxy' },
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
