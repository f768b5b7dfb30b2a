'use client';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { EvaluationRun } from '~/lib/analyst/apiTypes';
import { metricBarRows } from '~/lib/analyst/chartData';
import { formatMetric } from '~/lib/analyst/format';
import { Panel } from '~/components/ui';
import { chartProps, VERTICAL_MARGIN } from '../chartProps';
import { CONFIGURATION_COLORS } from './chartColors';
import styles from './RunReport.module.css';

const ROW_HEIGHT = 24;

/** Each metric's mean as bars, one per configuration, metrics as rows (their labels stay whole). */
export function MetricBarChart({ run }: { run: EvaluationRun }) {
  const rows = metricBarRows(run);
  const height = 70 + rows.length * (run.results.length * ROW_HEIGHT + 16);
  return (
    <Panel as="section" aria-labelledby="metric-chart-heading">
      <figure className={styles.figure} data-chart="metrics">
        <figcaption id="metric-chart-heading" className={styles.caption}>
          Mean metrics per configuration (the table above, as bars)
        </figcaption>
        <div className={styles.chartScroll}>
          <BarChart {...chartProps(rows, height, styles.chart, VERTICAL_MARGIN)} layout="vertical">
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 1]} tickCount={6} />
            <YAxis type="category" dataKey="metric" width={170} tick={{ fontSize: 12 }} />
            <Tooltip
              formatter={(value) => formatMetric(typeof value === 'number' ? value : null)}
            />
            <Legend itemSorter="dataKey" />
            {run.results.map((r, i) => (
              <Bar
                key={i}
                dataKey={`c${i}`}
                name={r.label}
                fill={CONFIGURATION_COLORS[i % CONFIGURATION_COLORS.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </div>
      </figure>
    </Panel>
  );
}
