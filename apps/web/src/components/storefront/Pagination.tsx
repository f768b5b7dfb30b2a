import { setPage } from '~/lib/storefront/searchEdits';
import type { SearchState } from '~/lib/storefront/searchState';
import type { StoreRoutes } from '~/lib/storefront/storeRoutes';
import styles from './Pagination.module.css';
import { SearchLink } from './SearchLink';

/** Page numbers around the current one, with the first and last always reachable. */
export function pageWindow(current: number, last: number): (number | 'gap')[] {
  const pages = new Set([1, last, current - 1, current, current + 1]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? ['gap' as const, p] : [p]));
}

export function Pagination({
  state,
  lastPage,
  routes,
}: {
  state: SearchState;
  lastPage: number;
  routes: StoreRoutes;
}) {
  if (lastPage <= 1) return null;
  const toTop = () => window.scrollTo({ top: 0 });
  const link = (page: number, label: string, text: string) => (
    <SearchLink
      routes={routes}
      to={setPage(state, page)}
      aria-label={label}
      aria-current={page === state.page ? 'page' : undefined}
      className={styles.link}
      onNavigate={toTop}
    >
      {text}
    </SearchLink>
  );
  return (
    <nav aria-label="Pages" className={styles.nav}>
      <ul className={styles.list}>
        {state.page > 1 && <li>{link(state.page - 1, 'Previous page', '‹ Previous')}</li>}
        {pageWindow(state.page, lastPage).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>{link(p, `Page ${p}`, String(p))}</li>
          ),
        )}
        {state.page < lastPage && <li>{link(state.page + 1, 'Next page', 'Next ›')}</li>}
      </ul>
    </nav>
  );
}
