// The results heading, a live region: screen readers announce each change, so it only ever states
// a count that belongs to the words and filters it names.
import type { SearchResult } from './apiTypes';
import { countLabel, resultCount } from './resultCount';

export function resultsHeading(
  q: string,
  /** The answer for this very search; undefined while it loads (or if it failed). */
  result: SearchResult | undefined,
  { filtered, failed }: { filtered: boolean; failed: boolean },
): string {
  if (!result && failed) return q ? `Results for “${q}”` : 'Products';
  if (!result) return q ? `Searching for “${q}”` : 'Searching products';
  if (result.total === 0) return q ? `No results for “${q}”` : 'No products match these filters';
  if (q) return `${resultCount(result.total, result.totalExhaustive)} for “${q}”`;
  const n = countLabel(result.total, result.totalExhaustive);
  return filtered ? `Products matching these filters (${n})` : `All products (${n})`;
}
