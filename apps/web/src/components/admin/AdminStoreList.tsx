import Link from 'next/link';
import type { ManagedStore } from '~/lib/admin/access';
import { ADMIN_SECTIONS, adminHref } from '~/lib/admin/routes';
import admin from './Admin.module.css';
import styles from './AdminStoreList.module.css';

/** The stores the user manages, each with a link to every section. */
export function AdminStoreList({ stores }: { stores: ManagedStore[] }) {
  if (stores.length === 0) {
    return (
      <p className={admin.panel}>
        Your account does not manage any store yet. Ask a platform administrator for the merchant
        role in your store.
      </p>
    );
  }
  return (
    <ul className={styles.list}>
      {stores.map((store) => (
        <li key={store.slug} className={styles.store}>
          <h2 className={styles.name}>
            <Link href={adminHref(store.slug, 'catalog')}>{store.name}</Link>
          </h2>
          <p className={styles.slug}>{store.slug}</p>
          <ul className={styles.sections} aria-label={`${store.name} sections`}>
            {ADMIN_SECTIONS.map((s) => (
              <li key={s.id}>
                <Link href={adminHref(store.slug, s.id)}>{s.label}</Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
