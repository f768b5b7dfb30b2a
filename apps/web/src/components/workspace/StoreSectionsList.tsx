import Link from 'next/link';
import type { ReactNode } from 'react';
import { Panel } from '~/components/ui';
import styles from './StoreSectionsList.module.css';

export interface StoreSections {
  slug: string;
  name: string;
  /** The first is where the store's name links to. */
  sections: { label: string; href: string }[];
}

/** The stores a user works in, each with a link to every section; `empty` when there are none. */
export function StoreSectionsList({
  stores,
  empty,
}: {
  stores: StoreSections[];
  empty: ReactNode;
}) {
  if (stores.length === 0) return <Panel as="p">{empty}</Panel>;
  return (
    <ul className={styles.list}>
      {stores.map((store) => (
        <li key={store.slug} className={styles.store}>
          <h2 className={styles.name}>
            <Link href={store.sections[0]?.href ?? '#'}>{store.name}</Link>
          </h2>
          <p className={styles.slug}>{store.slug}</p>
          <ul className={styles.sections} aria-label={`${store.name} sections`}>
            {store.sections.map((s) => (
              <li key={s.href}>
                <Link href={s.href}>{s.label}</Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
