import type { ReactNode } from 'react';
import type { StoreInfo } from '~/lib/storefront/apiTypes';
import type { StoreRoutes } from '~/lib/storefront/storeRoutes';
import { StoreHeader } from './StoreHeader';
import styles from './StorefrontFrame.module.css';

/** The header with the search box, and the page's main landmark. */
export function StorefrontFrame({
  store,
  routes,
  children,
}: {
  store: StoreInfo;
  routes: StoreRoutes;
  children: ReactNode;
}) {
  return (
    <>
      <StoreHeader store={store} routes={routes} />
      <main id="main" className={styles.main}>
        {children}
      </main>
    </>
  );
}
