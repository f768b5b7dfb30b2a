import Link from 'next/link';
import type { StoreInfo } from '~/lib/storefront/apiTypes';
import type { StoreRoutes } from '~/lib/storefront/storeRoutes';
import { SearchBox } from './SearchBox';
import styles from './StoreHeader.module.css';

export function StoreHeader({ store, routes }: { store: StoreInfo; routes: StoreRoutes }) {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href={routes.search} className={styles.name}>
          {store.name}
        </Link>
        <div className={styles.search}>
          <SearchBox store={store} routes={routes} />
        </div>
      </div>
    </header>
  );
}
