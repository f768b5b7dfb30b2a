import type { ReactNode } from 'react';
import { Button } from './Button';
import styles from './Notice.module.css';

/**
 * What went wrong, announced as it appears (role "alert"). Render it also while there is nothing
 * to say, empty (and then not shown), so screen readers hear the message when it comes. `inline`
 * for a sentence beside the buttons it is about; `quiet` for a standing fact, not announced.
 */
export function Problem({
  children,
  inline = false,
  quiet = false,
}: {
  children?: ReactNode;
  inline?: boolean;
  quiet?: boolean;
}) {
  return (
    <p
      className={inline ? styles.inlineProblem : styles.problem}
      role={quiet ? undefined : 'alert'}
    >
      {children}
    </p>
  );
}

/** What an action did, announced politely (role "status"); hidden while empty. */
export function Success({ children }: { children?: ReactNode }) {
  return (
    <p className={styles.success} role="status" hidden={!children}>
      {children}
    </p>
  );
}

/** Something that could not be loaded or done: a title, one sentence, and a retry where it helps. */
export function FailureNotice({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: string;
  /** Offered as "Try again"; leave out when trying again would fail the same way. */
  onRetry?: (() => void) | undefined;
}) {
  return (
    <div className={styles.failure} role="alert">
      <h2 className={styles.failureTitle}>{title}</h2>
      <p className={styles.failureMessage}>{message}</p>
      {onRetry && <Button onClick={onRetry}>Try again</Button>}
    </div>
  );
}
