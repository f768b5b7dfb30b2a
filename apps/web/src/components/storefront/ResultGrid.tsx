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
  onFollow,
}: {
  hits: SearchHit[];
  q: string;
  queryTokens: QueryToken[];
  routes: StoreRoutes;
  updating: boolean;
  /** Hears which result (0-based on this page) a link was followed from, to report the click. */
  onFollow?: ((position: number) => void) | undefined;
}) {
  return (
    <>
      <h2 className="visually-hidden">Products</h2>
      <ul
        className={styles.grid}
        aria-label="Products"
        aria-busy={updating}
        data-updating={updating}
        onClick={
          onFollow &&
          ((event) => {
            const item = (event.target as Element).closest('a')?.closest('li');
            const position = item ? [...event.currentTarget.children].indexOf(item) : -1;
            if (position >= 0) onFollow(position);
          })
        }
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
