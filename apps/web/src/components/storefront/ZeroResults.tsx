'use client';
import { useQuery } from '@tanstack/react-query';
import type { RelaxedSearch, StoreInfo } from '~/lib/storefront/apiTypes';
import { resultCount } from '~/lib/storefront/resultCount';
import { toSearchFilters } from '~/lib/storefront/searchInput';
import {
  EMPTY_SEARCH,
  hasFilters,
  withoutFilters,
  type SearchState,
} from '~/lib/storefront/searchState';
import type { StoreRoutes } from '~/lib/storefront/storeRoutes';
import { useTRPC } from '~/trpc/react';
import { SearchLink } from './SearchLink';
import styles from './ZeroResults.module.css';

function alternativeState(state: SearchState, alternative: RelaxedSearch): SearchState {
  const base = alternative.keepsFilters ? state : withoutFilters(state);
  return { ...base, q: alternative.q, page: 1 };
}

function Alternative({
  alternative,
  state,
  routes,
}: {
  alternative: RelaxedSearch;
  state: SearchState;
  routes: StoreRoutes;
}) {
  const link = (text: string) => (
    <SearchLink routes={routes} to={alternativeState(state, alternative)}>
      {text}
    </SearchLink>
  );
  const results = resultCount(alternative.total, alternative.totalExhaustive);
  switch (alternative.kind) {
    case 'spelling':
      return (
        <>
          Did you mean {link(alternative.q)}? <span className={styles.count}>({results})</span>
        </>
      );
    case 'without-filters':
      return (
        <>
          {link(alternative.q ? `Search “${alternative.q}” without filters` : 'Show all products')}{' '}
          <span className={styles.count}>({results})</span>
        </>
      );
    case 'fewer-words':
      return (
        <>
          {link(`Search for “${alternative.q}”`)}{' '}
          <span className={styles.count}>
            without “{alternative.changedWords.join(' ')}” ({results})
          </span>
        </>
      );
  }
}

/** Nothing matched: say so plainly and offer searches that do find something. */
export function ZeroResults({
  state,
  store,
  routes,
  initialRelaxed,
}: {
  state: SearchState;
  store: StoreInfo;
  routes: StoreRoutes;
  initialRelaxed: RelaxedSearch[] | null;
}) {
  const trpc = useTRPC();
  const relaxed = useQuery({
    ...trpc.search.relax.queryOptions({
      store: store.slug,
      q: state.q,
      filters: toSearchFilters(state, store),
    }),
    initialData: initialRelaxed ?? undefined,
    retry: false,
  });
  const filtered = hasFilters(state);
  return (
    <section className={styles.panel} aria-label="Searches that find something">
      {relaxed.isPending && (
        <p className={styles.muted}>Looking for searches that find something…</p>
      )}
      {relaxed.data && relaxed.data.length > 0 && (
        <>
          <h2 className={styles.heading}>Try one of these instead</h2>
          <ul className={styles.alternatives}>
            {relaxed.data.map((a) => (
              <li key={`${a.kind}:${a.q}:${a.keepsFilters}`}>
                <Alternative alternative={a} state={state} routes={routes} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className={styles.muted}>
        Check the spelling, use fewer or more general words
        {filtered ? ', or remove a filter' : ''}. Or{' '}
        <SearchLink routes={routes} to={{ ...EMPTY_SEARCH, sort: state.sort }}>
          browse all products
        </SearchLink>
        .
      </p>
    </section>
  );
}
