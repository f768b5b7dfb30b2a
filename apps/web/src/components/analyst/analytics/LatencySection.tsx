'use client';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalyticsSummary } from '~/lib/analyst/apiTypes';
import { formatCount, formatMs } from '~/lib/analyst/format';
import { Columns, DataTable, Muted, Section, type Column } from '~/components/ui';
import { chartProps } from '../chartProps';
import styles from './AnalyticsDashboard.module.css';

const PERCENTILES = [
  { key: 'p50', label: 'p50', color: '#0a58b0' },
  { key: 'p95', label: 'p95', color: '#d55e00' },
  { key: 'p99', label: 'p99', color: '#cc79a7' },
] as const;

type Latency = AnalyticsSummary['latencyByProfile'][number];

const COLUMNS: Column<Latency>[] = [
  { header: 'Profile', rowHeader: true, cell: (l) => l.profile },
  { header: 'Searches', numeric: true, cell: (l) => formatCount(l.searches) },
  ...PERCENTILES.map((p): Column<Latency> => ({
    header: p.label,
    numeric: true,
    cell: (l) => formatMs(l[p.key]),
  })),
];

/** Latency percentiles per ranking profile, as a table and as grouped bars. */
export function LatencySection({ latency }: { latency: Latency[] }) {
  return (
    <Section title="Latency per ranking profile" headingId="latency-heading">
      {latency.length === 0 ? (
        <Muted>No searches in this period.</Muted>
      ) : (
        <Columns>
          <DataTable columns={COLUMNS} rows={latency} rowKey={(l) => l.profile} />
          <figure className={styles.chartFigure} data-chart="latency">
            <figcaption className="visually-hidden">Latency percentiles per profile</figcaption>
            <BarChart {...chartProps(latency, 220, styles.chart)}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="profile" />
              <YAxis width={64} tickFormatter={(ms: number) => `${ms} ms`} />
              <Tooltip
                formatter={(value) => (typeof value === 'number' ? formatMs(value) : value)}
              />
              <Legend itemSorter="dataKey" />
              {PERCENTILES.map((p) => (
                <Bar
                  key={p.key}
                  dataKey={p.key}
                  name={p.label}
                  fill={p.color}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </figure>
        </Columns>
      )}
    </Section>
  );
}
