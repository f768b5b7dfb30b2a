import type { AnalyticsSummary } from '~/lib/analyst/apiTypes';
import { formatCount, formatShare } from '~/lib/analyst/format';
import styles from './AnalyticsDashboard.module.css';

/** The period's totals. */
export function SummaryFigures({ summary }: { summary: AnalyticsSummary }) {
  return (
    <dl className={styles.figures}>
      <div className={styles.figure}>
        <dt>Searches</dt>
        <dd>{formatCount(summary.searches)}</dd>
      </div>
      <div className={styles.figure}>
        <dt>Found nothing</dt>
        <dd>
          {formatCount(summary.zeroResults)}{' '}
          <span className={styles.share}>
            ({formatShare(summary.zeroResults, summary.searches)})
          </span>
        </dd>
      </div>
    </dl>
  );
}
