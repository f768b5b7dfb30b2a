import type { StoreInfo } from '~/lib/storefront/apiTypes';
import { activeFilters } from '~/lib/storefront/activeFilters';
import { withoutFilters, type SearchState } from '~/lib/storefront/searchState';
import type { StoreRoutes } from '~/lib/storefront/storeRoutes';
import styles from './ActiveFilters.module.css';
import { SearchLink } from './SearchLink';

/** The filters in force as removable chips, and one link to clear them all. */
export function ActiveFilters({
  state,
  store,
  routes,
}: {
  state: SearchState;
  store: StoreInfo;
  routes: StoreRoutes;
}) {
  const chips = activeFilters(state, store);
  if (chips.length === 0) return null;
  return (
    <div className={styles.bar}>
      <h2 className="visually-hidden">Active filters</h2>
      <ul className={styles.list}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <SearchLink
              routes={routes}
              to={chip.without}
              className={styles.chip}
              aria-label={`Remove filter ${chip.label}`}
            >
              {chip.label}
              <span aria-hidden="true" className={styles.x}>
                ×
              </span>
            </SearchLink>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <SearchLink routes={routes} to={withoutFilters(state)} className={styles.clear}>
          Clear all filters
        </SearchLink>
      )}
    </div>
  );
}
