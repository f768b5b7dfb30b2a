import type { DisplayError } from '~/lib/storefront/displayError';
import { Button } from '~/components/ui';
import styles from './SearchError.module.css';

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
    <div className={styles.box} role="alert">
      <h2 className={styles.title}>{title}</h2>
      <p className={styles.message}>{error.message}</p>
      {error.retryable && onRetry && <Button onClick={onRetry}>Try again</Button>}
    </div>
  );
}
