'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { DataTable, MetricTerm, Muted, Section } from '~/components/ui';
import { formatMetric } from '~/lib/analyst/format';
import { runHref } from '~/lib/analyst/routes';
import { useTRPC } from '~/trpc/react';
import { RunHistoryChart } from './RunHistoryChart';
import styles from './SavedRunsTable.module.css';
import { QueryFailure } from '../QueryFailure';

export const RUN_DATE = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** Saved runs, newest first, with each configuration's mean nDCG@10 to compare over time. */
export function SavedRunsTable({ store }: { store: string }) {
  const trpc = useTRPC();
  const runs = useQuery(trpc.evaluation.list.queryOptions({ store }));
  if (runs.error) {
    return <QueryFailure title="Saved runs could not be loaded" query={runs} />;
  }
  return (
    <Section title="Saved runs" headingId="saved-runs-heading">
      {!runs.data ? (
        <Muted>Loading…</Muted>
      ) : runs.data.length === 0 ? (
        <Muted>No runs yet.</Muted>
      ) : (
        <>
          {runs.data.length > 1 && <RunHistoryChart runs={runs.data} />}
          <DataTable
            columns={[
              {
                header: 'Run',
                rowHeader: true,
                cell: (run) => <Link href={runHref(store, run.id)}>{run.name}</Link>,
              },
              { header: 'Judgment set', cell: (run) => run.judgmentSet },
              {
                header: 'When',
                className: styles.when,
                cell: (run) => RUN_DATE.format(run.createdAt),
              },
              {
                header: (
                  <>
                    Mean <MetricTerm label="nDCG@10" /> per configuration
                  </>
                ),
                label: 'Mean nDCG@10 per configuration',
                cell: (run) => (
                  <ul className={styles.summary}>
                    {run.summary.map((c, i) => (
                      <li key={i}>
                        {c.label} <strong>{formatMetric(c.ndcg10)}</strong>
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
            rows={runs.data}
            rowKey={(run) => run.id}
          />
        </>
      )}
    </Section>
  );
}
