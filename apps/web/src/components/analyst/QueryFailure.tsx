import { SearchError } from '~/components/storefront/SearchError';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';

/** A workbench query that failed: the analyst's message, and "Try again" that refetches it. */
export function QueryFailure({
  title,
  query,
}: {
  title: string;
  query: { error: unknown; refetch: () => Promise<unknown> };
}) {
  return (
    <SearchError
      title={title}
      error={toWorkbenchError(query.error)}
      onRetry={() => void query.refetch()}
    />
  );
}
