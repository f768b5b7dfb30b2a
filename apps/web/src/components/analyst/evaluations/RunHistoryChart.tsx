'use client';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SavedRunSummary } from '~/lib/analyst/apiTypes';
import { runHistory } from '~/lib/analyst/chartData';
import { formatMetric } from '~/lib/analyst/format';
import { chartProps } from '../chartProps';
import { CONFIGURATION_COLORS } from './chartColors';
import styles from './RunReport.module.css';

const HISTORY_MARGIN = { top: 8, right: 16, bottom: 4, left: 0 };

/** Mean nDCG@10 of each configuration (by label) across saved runs, oldest first. */
export function RunHistoryChart({ runs }: { runs: SavedRunSummary[] }) {
  const { rows, series } = runHistory(runs, CONFIGURATION_COLORS.length);
  return (
    <figure className={styles.figure} data-chart="history">
      <figcaption className={styles.caption}>Mean nDCG@10 over saved runs, oldest first</figcaption>
      <div className={styles.chartScroll}>
        <LineChart {...chartProps(rows, 240, styles.chart, HISTORY_MARGIN)}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="run" tick={{ fontSize: 12 }} minTickGap={16} />
          <YAxis domain={[0, 1]} width={48} />
          <Tooltip formatter={(value) => formatMetric(typeof value === 'number' ? value : null)} />
          <Legend itemSorter="dataKey" />
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={CONFIGURATION_COLORS[i]}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
    </figure>
  );
}
