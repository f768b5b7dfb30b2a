'use client';
import { useEffect, useMemo } from 'react';
import { FailureNotice } from '~/components/ui';
import type { StoreInfo } from '~/lib/storefront/apiTypes';
import { toDisplayError } from '~/lib/storefront/displayError';
import { PAGE_SIZE, toSearchInput } from '~/lib/storefront/searchInput';
import { setPage, setSort } from '~/lib/storefront/searchEdits';
import { hasFilters, LIMITS, serializeSearchState } from '~/lib/storefront/searchState';
import { searchTitle } from '~/lib/storefront/searchTitle';
import type { StoreRoutes } from '~/lib/storefront/storeRoutes';
import { ActiveFilters } from './ActiveFilters';
import { FacetPanel } from './FacetPanel';
import type { InitialSearch } from './initialSearch';
import { LinkNotice } from './LinkNotice';
import { Pagination } from './Pagination';
import { rememberSearch } from './rememberedSearch';
import { ResultGrid } from './ResultGrid';
import { SearchLink } from './SearchLink';
import styles from './SearchPage.module.css';
import { SearchToolbar } from './SearchToolbar';
import { SlowSearchNotice } from './SlowSearchNotice';
import { useElapsed } from './useElapsed';
import { useResultClick } from './useResultClick';
import { useSearchNavigation } from './useSearchNavigation';
import { useSearchResults } from './useSearchResults';
import { useSearchState } from './useSearchState';
import { ZeroResults } from './ZeroResults';

const SLOW_AFTER_MS = 6_000;

/** One store's search page: everything it shows follows from the URL. */
export function SearchPage({
  store,
  routes,
  initial,
}: {
  store: StoreInfo;
  routes: StoreRoutes;
  initial: InitialSearch;
}) {
  const { state, ignored } = useSearchState(store);
  const key = serializeSearchState(state).toString();
  const input = useMemo(() => toSearchInput(state, store), [state, store]);
  const navigate = useSearchNavigation(routes);
  const search = useSearchResults(input, key, initial);
  const slow = useElapsed(search.isFetching, SLOW_AFTER_MS);

  // Searches after the first are made in the browser: keep the tab title and the product pages'
  // "back to results" link in step with them.
  useEffect(() => {
    document.title = searchTitle(state.q, store.name);
    rememberSearch(store.slug, window.location.pathname + window.location.search);
  }, [store.slug, store.name, state.q, key]);

  const result = search.data;
  const followed = useResultClick(
    store.slug,
    search.isPlaceholderData ? null : { q: state.q, page: state.page - 1, pageSize: PAGE_SIZE },
    result?.impressionId,
    result?.hits,
  );
  const serverRefusal = initial.key === key && !search.isFetched ? initial.error : null;
  const error = search.error ? toDisplayError(search.error) : serverRefusal;
  const retry = () => void search.refetch({ cancelRefetch: true });
  const lastPage = result ? Math.min(Math.ceil(result.total / PAGE_SIZE), LIMITS.lastPage) : 1;

  let content;
  if (error) {
    content = (
      <FailureNotice
        title="Search did not work"
        message={error.message}
        onRetry={error.retryable ? retry : undefined}
      />
    );
  } else if (!result) {
    content = <p className={styles.loading}>Searching…</p>;
  } else if (result.total === 0) {
    content = (
      <ZeroResults
        state={state}
        store={store}
        routes={routes}
        initialRelaxed={initial.key === key ? initial.relaxed : null}
      />
    );
  } else if (result.hits.length === 0) {
    content = (
      <p className={styles.pastEnd}>
        There are no results on page {state.page}.{' '}
        <SearchLink routes={routes} to={setPage(state, lastPage)}>
          Go to the last page ({lastPage})
        </SearchLink>
      </p>
    );
  } else {
    content = (
      <>
        <ResultGrid
          hits={result.hits}
          q={state.q}
          queryTokens={result.queryTokens}
          routes={routes}
          updating={search.isPlaceholderData}
          onFollow={followed}
        />
        <Pagination state={state} lastPage={lastPage} routes={routes} />
      </>
    );
  }

  return (
    <div className={styles.layout}>
      <FacetPanel store={store} state={state} facets={result?.facets ?? null} onChange={navigate} />
      <section
        className={styles.results}
        aria-labelledby="results-heading"
        aria-busy={search.isFetching}
        data-search-key={key}
      >
        <LinkNotice ignored={ignored} />
        <SearchToolbar
          q={state.q}
          filtered={hasFilters(state)}
          // The previous search's results stay on screen while this one loads, but its count and
          // notices must not be stated for these words and filters.
          result={error || search.isPlaceholderData ? undefined : result}
          sort={state.sort}
          onSort={(sort) => navigate(setSort(state, sort))}
          failed={!!error}
          updating={search.isFetching && !!result}
        />
        {slow && !error && <SlowSearchNotice onRetry={retry} />}
        <ActiveFilters state={state} store={store} routes={routes} />
        {content}
      </section>
    </div>
  );
}
