import { FailureNotice } from '~/components/ui';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';

/** A workbench query that failed: the analyst's message, and "Try again" where it can help. */
export function QueryFailure({
  title,
  query,
}: {
  title: string;
  query: { error: unknown; refetch: () => Promise<unknown> };
}) {
  const { message, retryable } = toWorkbenchError(query.error);
  return (
    <FailureNotice
      title={title}
      message={message}
      onRetry={retryable ? () => void query.refetch() : undefined}
    />
  );
}
