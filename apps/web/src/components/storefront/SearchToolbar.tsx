import type { SearchResult, SortOrder } from '~/lib/storefront/apiTypes';
import styles from './SearchToolbar.module.css';
import { SortSelect } from './SortSelect';

const count = new Intl.NumberFormat('en-US');

function heading(q: string, result: SearchResult | undefined, failed: boolean): string {
  if (!result && failed) return q ? `Results for “${q}”` : 'Products';
  if (!result) return q ? `Searching for “${q}”` : 'Products';
  if (result.total === 0) return q ? `No results for “${q}”` : 'No products match these filters';
  const n = `${count.format(result.total)} ${result.total === 1 ? 'result' : 'results'}`;
  return q ? `${n} for “${q}”` : `All products (${count.format(result.total)})`;
}

/** The result count (announced when it changes), close-match and store notices, and sorting. */
export function SearchToolbar({
  q,
  result,
  sort,
  onSort,
  failed,
  updating,
}: {
  q: string;
  result: SearchResult | undefined;
  sort: SortOrder;
  onSort: (sort: SortOrder) => void;
  failed: boolean;
  updating: boolean;
}) {
  return (
    <div className={styles.toolbar}>
      <div className={styles.summary}>
        <h1 id="results-heading" className={styles.heading} aria-live="polite">
          {heading(q, result, failed)}
        </h1>
        {result?.match === 'fuzzy' && (
          <p className={styles.note}>No exact matches, so these are close matches.</p>
        )}
        {result?.notices.map((n) => (
          <p key={n} className={styles.note}>
            {n}
          </p>
        ))}
        <p className={styles.updating} role="status">
          {updating ? 'Updating results…' : ''}
        </p>
      </div>
      {result?.total !== 0 && <SortSelect value={sort} onChange={onSort} />}
    </div>
  );
}
