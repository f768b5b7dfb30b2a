import Link from 'next/link';
import type { ReactNode } from 'react';
import { AccountMenu } from '~/components/auth/AccountMenu';
import styles from './WorkspaceFrame.module.css';

export interface WorkspaceNavItem {
  href: string;
  label: string;
  current?: boolean;
}

/**
 * The frame of the pages behind sign-in (analyst workbench, merchant admin, sign-in itself): a
 * header with the product name, the area and its sections, and who is signed in; then the page's
 * main landmark. Looks like the storefront's header so the product feels like one.
 */
export function WorkspaceFrame({
  area,
  nav = [],
  viewer,
  children,
}: {
  /** The area's name and home, shown beside the product name. */
  area?: { label: string; href: string };
  nav?: WorkspaceNavItem[];
  viewer?: { email: string } | null;
  children: ReactNode;
}) {
  return (
    <>
      <header className={styles.header}>
        <div className={styles.inner}>
          <p className={styles.brand}>
            <Link href="/" className={styles.product}>
              Shopsearch
            </Link>
            {area && (
              <Link href={area.href} className={styles.area}>
                {area.label}
              </Link>
            )}
          </p>
          {nav.length > 0 && (
            <nav aria-label={area ? `${area.label} sections` : 'Sections'} className={styles.nav}>
              <ul className={styles.navList}>
                {nav.map((item) => (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      className={styles.navLink}
                      aria-current={item.current ? 'page' : undefined}
                    >
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {viewer && (
            <div className={styles.account}>
              <AccountMenu email={viewer.email} />
            </div>
          )}
        </div>
      </header>
      <main id="main" className={styles.main}>
        {children}
      </main>
    </>
  );
}
