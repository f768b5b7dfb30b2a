'use client';
import Link from 'next/link';
import type { StoreRoutes } from '~/lib/storefront/storeRoutes';
import styles from './ProductView.module.css';
import { useRememberedSearch } from './rememberedSearch';

/** Back to the search this tab last showed for the store, or to the store's search page. */
export function BackToResults({ store, routes }: { store: string; routes: StoreRoutes }) {
  const href = useRememberedSearch(store, routes.search);
  return (
    <Link href={href} className={styles.back}>
      <span aria-hidden="true">← </span>Back to results
    </Link>
  );
}
