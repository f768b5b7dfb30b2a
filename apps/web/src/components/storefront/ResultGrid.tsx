import type { QueryToken, SearchHit } from '~/lib/storefront/apiTypes';
import type { StoreRoutes } from '~/lib/storefront/storeRoutes';
import { ResultCard } from './ResultCard';
import styles from './ResultGrid.module.css';

export function ResultGrid({
  hits,
  q,
  queryTokens,
  routes,
  updating,
}: {
  hits: SearchHit[];
  q: string;
  queryTokens: QueryToken[];
  routes: StoreRoutes;
  updating: boolean;
}) {
  return (
    <>
      <h2 className="visually-hidden">Products</h2>
      <ul
        className={styles.grid}
        aria-label="Products"
        aria-busy={updating}
        data-updating={updating}
      >
        {hits.map((hit) => (
          <ResultCard
            key={hit.product.id}
            hit={hit}
            q={q}
            queryTokens={queryTokens}
            routes={routes}
          />
        ))}
      </ul>
    </>
  );
}
