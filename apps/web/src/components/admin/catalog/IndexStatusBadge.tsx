import type { IndexStatus } from '~/lib/admin/apiTypes';
import styles from './IndexStatusBadge.module.css';

const LABELS: Record<IndexStatus, string> = {
  indexed: 'Indexed',
  changed: 'Changed',
  'not-indexed': 'Not indexed',
};

const HINTS: Record<IndexStatus, string> = {
  indexed: 'Searches use this product as it is now.',
  changed:
    'Edited since the active index was built: search finds and shows the new text; ranking by meaning uses it after the next re-index.',
  'not-indexed': 'Not in the active index yet; the next re-index adds it.',
};

/** Whether search sees the product as it is now. */
export function IndexStatusBadge({ status }: { status: IndexStatus }) {
  return (
    <span className={`${styles.badge} ${styles[status]}`} title={HINTS[status]}>
      {LABELS[status]}
    </span>
  );
}
