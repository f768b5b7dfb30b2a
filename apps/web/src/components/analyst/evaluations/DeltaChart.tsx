'use client';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { deltaBarRows } from '~/lib/analyst/chartData';
import { formatDelta } from '~/lib/analyst/format';
import type { PerQueryRow } from '~/lib/analyst/perQuery';
import { Muted, Note } from '~/components/ui';
import { chartProps, VERTICAL_MARGIN } from '../chartProps';
import { GAIN_COLOR, LOSS_COLOR } from './chartColors';
import styles from './RunReport.module.css';

const ROW_HEIGHT = 24;
const CHANGED = 5e-4;

/** Room for the longest query on the axis, within bounds, so labels rarely wrap. */
function labelWidth(queries: string[]): number {
  const longest = Math.max(0, ...queries.map((q) => q.length));
  return Math.min(220, Math.max(80, longest * 7.5 + 24));
}

/** Per query, the change in nDCG@10: gains to the right, losses to the left, largest first. */
export function DeltaChart({
  rows,
  index,
  label,
  baseline,
}: {
  rows: PerQueryRow[];
  index: number;
  label: string;
  baseline: string;
}) {
  const all = deltaBarRows(rows, index);
  const changed = all.filter((r) => Math.abs(r.delta) >= CHANGED);
  const extent = Math.max(
    0.1,
    Math.ceil(Math.max(...changed.map((r) => Math.abs(r.delta)), 0) * 10) / 10,
  );
  return (
    <figure className={styles.figure} data-chart="deltas">
      <figcaption className={styles.caption}>
        Change in nDCG@10 per query: {label} against {baseline}
      </figcaption>
      {changed.length === 0 ? (
        <Muted>No query changed.</Muted>
      ) : (
        <div className={styles.chartScroll}>
          <BarChart
            {...chartProps(
              changed,
              60 + changed.length * ROW_HEIGHT,
              styles.chart,
              VERTICAL_MARGIN,
            )}
            layout="vertical"
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              domain={[-extent, extent]}
              tickFormatter={(v: number) => formatDelta(v, 1)}
            />
            <YAxis
              type="category"
              dataKey="query"
              width={labelWidth(changed.map((r) => r.query))}
              tick={{ fontSize: 12 }}
              interval={0}
            />
            <ReferenceLine x={0} stroke="#55555f" />
            <Tooltip formatter={(value) => formatDelta(typeof value === 'number' ? value : null)} />
            <Bar dataKey="delta" name="Δ nDCG@10" isAnimationActive={false}>
              {changed.map((r) => (
                <Cell key={r.query} fill={r.delta > 0 ? GAIN_COLOR : LOSS_COLOR} />
              ))}
            </Bar>
          </BarChart>
        </div>
      )}
      {all.length > changed.length && (
        <Note>{all.length - changed.length} queries with no change are left out of the chart.</Note>
      )}
    </figure>
  );
}
