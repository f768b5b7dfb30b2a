import { FailureNotice } from '~/components/ui';
import { adminErrorMessage } from '~/lib/admin/apiError';

/** An admin screen's data that did not load: the reason, and "Try again". */
export function LoadFailure({
  title,
  query,
}: {
  title: string;
  query: { error: unknown; refetch: () => Promise<unknown> };
}) {
  return (
    <FailureNotice
      title={title}
      message={adminErrorMessage(query.error)}
      onRetry={() => void query.refetch()}
    />
  );
}
