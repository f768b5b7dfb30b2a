import type { UploadPreview } from '~/lib/admin/apiTypes';
import styles from './PreviewCounts.module.css';

const n = (value: number) => value.toLocaleString('en-US');

/** What the commit would do, in numbers. */
export function PreviewCounts({ counts }: { counts: UploadPreview['counts'] }) {
  return (
    <div className={styles.counts}>
      <dl className={styles.figures}>
        <div>
          <dt>Rows read</dt>
          <dd>{n(counts.rows)}</dd>
        </div>
        <div>
          <dt>Valid products</dt>
          <dd className={styles.valid}>{n(counts.valid)}</dd>
        </div>
        <div>
          <dt>Rows with problems</dt>
          <dd className={counts.invalid ? styles.invalid : undefined}>{n(counts.invalid)}</dd>
        </div>
      </dl>
      <p className={styles.effect}>
        Importing would add <strong>{n(counts.inserted)}</strong> new{' '}
        {counts.inserted === 1 ? 'product' : 'products'}, update{' '}
        <strong>{n(counts.updated)}</strong> and leave <strong>{n(counts.unchanged)}</strong>{' '}
        unchanged.
      </p>
    </div>
  );
}
