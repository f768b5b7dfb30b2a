'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { SearchError } from '~/components/storefront/SearchError';
import { formatMetric } from '~/lib/analyst/format';
import { runHref } from '~/lib/analyst/routes';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import workbench from '../Workbench.module.css';
import { RunHistoryChart } from './RunHistoryChart';
import styles from './SavedRunsTable.module.css';

export const RUN_DATE = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** Saved runs, newest first, with each configuration's mean nDCG@10 to compare over time. */
export function SavedRunsTable({ store }: { store: string }) {
  const trpc = useTRPC();
  const runs = useQuery(trpc.evaluation.list.queryOptions({ store }));
  if (runs.error) {
    return (
      <SearchError
        title="Saved runs could not be loaded"
        error={toWorkbenchError(runs.error)}
        onRetry={() => void runs.refetch()}
      />
    );
  }
  return (
    <section className={workbench.panel} aria-labelledby="saved-runs-heading">
      <h2 id="saved-runs-heading" className={workbench.sectionHeading}>
        Saved runs
      </h2>
      {!runs.data ? (
        <p className={workbench.muted}>Loading…</p>
      ) : runs.data.length === 0 ? (
        <p className={workbench.muted}>No runs yet.</p>
      ) : (
        <>
          {runs.data.length > 1 && <RunHistoryChart runs={runs.data} />}
          <div className={workbench.tableWrap}>
            <table className={workbench.table}>
              <thead>
                <tr>
                  <th scope="col">Run</th>
                  <th scope="col">Judgment set</th>
                  <th scope="col">When</th>
                  <th scope="col">Mean nDCG@10 per configuration</th>
                </tr>
              </thead>
              <tbody>
                {runs.data.map((run) => (
                  <tr key={run.id}>
                    <th scope="row">
                      <Link href={runHref(store, run.id)}>{run.name}</Link>
                    </th>
                    <td>{run.judgmentSet}</td>
                    <td className={styles.when}>{RUN_DATE.format(run.createdAt)}</td>
                    <td>
                      <ul className={styles.summary}>
                        {run.summary.map((c, i) => (
                          <li key={i}>
                            {c.label} <strong>{formatMetric(c.ndcg10)}</strong>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
