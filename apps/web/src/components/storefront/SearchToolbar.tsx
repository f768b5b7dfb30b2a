import type { SearchResult, SortOrder } from '~/lib/storefront/apiTypes';
import { resultsHeading } from '~/lib/storefront/resultsHeading';
import styles from './SearchToolbar.module.css';
import { SortSelect } from './SortSelect';

/** The result count (announced when it changes), close-match and store notices, and sorting. */
export function SearchToolbar({
  q,
  filtered,
  result,
  sort,
  onSort,
  failed,
  updating,
}: {
  q: string;
  filtered: boolean;
  /** The answer for this very search, not a previous one still shown while it loads. */
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
          {resultsHeading(q, result, { filtered, failed })}
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
