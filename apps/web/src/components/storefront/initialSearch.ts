import type { DisplayError } from '~/lib/storefront/displayError';
import type { RelaxedSearch, SearchResult } from '~/lib/storefront/apiTypes';

/** What the server found for the URL it rendered, handed to the browser's query cache. */
export interface InitialSearch {
  /** The search's canonical query string: the browser uses the result only for the same search. */
  key: string;
  result: SearchResult | null;
  error: DisplayError | null;
  /** Alternatives, when the search found nothing. */
  relaxed: RelaxedSearch[] | null;
  /** When the result was fetched (ms since the epoch), so it goes stale on the usual schedule. */
  at: number;
}
