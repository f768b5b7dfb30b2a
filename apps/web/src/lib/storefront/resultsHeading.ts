// The results heading, a live region: screen readers announce each change, so it only ever states
// a count that belongs to the words and filters it names.
import type { SearchResult } from './apiTypes';

const count = new Intl.NumberFormat('en-US');

export function resultsHeading(
  q: string,
  /** The answer for this very search; undefined while it loads (or if it failed). */
  result: SearchResult | undefined,
  { filtered, failed }: { filtered: boolean; failed: boolean },
): string {
  if (!result && failed) return q ? `Results for “${q}”` : 'Products';
  if (!result) return q ? `Searching for “${q}”` : 'Searching products';
  if (result.total === 0) return q ? `No results for “${q}”` : 'No products match these filters';
  const n = count.format(result.total);
  if (q) return `${n} ${result.total === 1 ? 'result' : 'results'} for “${q}”`;
  return filtered ? `Products matching these filters (${n})` : `All products (${n})`;
}
