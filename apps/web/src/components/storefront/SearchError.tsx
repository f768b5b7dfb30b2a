import { FailureNotice } from '~/components/ui';
import type { DisplayError } from '~/lib/storefront/displayError';

/** A search that failed or is stuck: what happened in one sentence, and a way to try again. */
export function SearchError({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: DisplayError;
  onRetry?: (() => void) | undefined;
}) {
  return (
    <FailureNotice
      title={title}
      message={error.message}
      onRetry={error.retryable ? onRetry : undefined}
    />
  );
}
