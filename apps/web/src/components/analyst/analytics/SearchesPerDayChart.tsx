'use client';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalyticsSummary } from '~/lib/analyst/apiTypes';
import { fillDays, toDay, type Period } from '~/lib/analyst/period';
import { Panel } from '~/components/ui';
import { chartProps } from '../chartProps';
import styles from './AnalyticsDashboard.module.css';

/** Searches per UTC day, and how many of them found nothing; days without searches are zeros. */
export function SearchesPerDayChart({
  period,
  perDay,
}: {
  period: Period;
  perDay: AnalyticsSummary['perDay'];
}) {
  const days = fillDays(period, perDay, (day) => ({ day, searches: 0, zeroResults: 0 })).map(
    (d) => ({ day: toDay(d.day.getTime()), searches: d.searches, zeroResults: d.zeroResults }),
  );
  return (
    <Panel as="section" aria-labelledby="per-day-heading">
      <figure className={styles.chartFigure} data-chart="per-day">
        <figcaption id="per-day-heading" className={styles.caption}>
          Searches per day
        </figcaption>
        <BarChart {...chartProps(days, 260, styles.chart)}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} minTickGap={12} />
          <YAxis allowDecimals={false} width={48} />
          <Tooltip />
          <Legend itemSorter="dataKey" />
          <Bar dataKey="searches" name="Searches" fill="#0a58b0" isAnimationActive={false} />
          <Bar
            dataKey="zeroResults"
            name="Found nothing"
            fill="#d55e00"
            isAnimationActive={false}
          />
        </BarChart>
      </figure>
    </Panel>
  );
}
