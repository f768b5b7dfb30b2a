import { Button } from '~/components/ui';
import styles from './SlowSearchNotice.module.css';

/** A search that is taking long: the old results stay, with a way to ask again. */
export function SlowSearchNotice({ onRetry }: { onRetry: () => void }) {
  return (
    <div className={styles.box} role="status">
      <p className={styles.message}>
        <strong>Still searching.</strong> This is taking longer than usual.
      </p>
      <Button variant="secondary" size="small" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}
