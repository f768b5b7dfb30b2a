'use client';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalyticsSummary } from '~/lib/analyst/apiTypes';
import { formatCount, formatMs } from '~/lib/analyst/format';
import workbench from '../Workbench.module.css';
import styles from './AnalyticsDashboard.module.css';

const PERCENTILES = [
  { key: 'p50', label: 'p50', color: '#0a58b0' },
  { key: 'p95', label: 'p95', color: '#d55e00' },
  { key: 'p99', label: 'p99', color: '#cc79a7' },
] as const;

/** Latency percentiles per ranking profile, as a table and as grouped bars. */
export function LatencySection({ latency }: { latency: AnalyticsSummary['latencyByProfile'] }) {
  return (
    <section className={workbench.panel} aria-labelledby="latency-heading">
      <h2 id="latency-heading" className={workbench.sectionHeading}>
        Latency per ranking profile
      </h2>
      {latency.length === 0 ? (
        <p className={workbench.muted}>No searches in this period.</p>
      ) : (
        <div className={workbench.twoColumns}>
          <div className={workbench.tableWrap}>
            <table className={workbench.table}>
              <thead>
                <tr>
                  <th scope="col">Profile</th>
                  <th scope="col" className={workbench.numeric}>
                    Searches
                  </th>
                  {PERCENTILES.map((p) => (
                    <th key={p.key} scope="col" className={workbench.numeric}>
                      {p.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {latency.map((l) => (
                  <tr key={l.profile}>
                    <th scope="row">{l.profile}</th>
                    <td className={workbench.numeric}>{formatCount(l.searches)}</td>
                    {PERCENTILES.map((p) => (
                      <td key={p.key} className={workbench.numeric}>
                        {formatMs(l[p.key])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <figure className={styles.chartFigure} data-chart="latency">
            <figcaption className="visually-hidden">Latency percentiles per profile</figcaption>
            <BarChart
              responsive
              className={styles.chart}
              style={{ height: 220 }}
              data={latency}
              margin={{ top: 4, right: 8, bottom: 4, left: 0 }}
            >
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
        </div>
      )}
    </section>
  );
}
