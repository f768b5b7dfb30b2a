import Link from 'next/link';
import type { AnalystStore } from '~/lib/analyst/access';
import { SECTIONS, sectionHref } from '~/lib/analyst/routes';
import styles from './StoreList.module.css';
import workbench from './Workbench.module.css';

/** The stores the user is an analyst of, each with a link to every section. */
export function StoreList({ stores }: { stores: AnalystStore[] }) {
  if (stores.length === 0) {
    return (
      <p className={workbench.panel}>
        Your account is not an analyst of any store yet. Ask a store’s owner for the analyst role.
      </p>
    );
  }
  return (
    <ul className={styles.list}>
      {stores.map((store) => (
        <li key={store.slug} className={styles.store}>
          <h2 className={styles.name}>
            <Link href={sectionHref(store.slug, 'compare')}>{store.name}</Link>
          </h2>
          <p className={styles.slug}>{store.slug}</p>
          <ul className={styles.sections} aria-label={`${store.name} sections`}>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <Link href={sectionHref(store.slug, s.id)}>{s.label}</Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
