'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { SearchError } from '~/components/storefront/SearchError';
import { sectionHref } from '~/lib/analyst/routes';
import { retryOnce, toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import { csvFileName, downloadText } from '../downloadText';
import workbench from '../Workbench.module.css';
import { MetricBarChart } from './MetricBarChart';
import { MetricTable } from './MetricTable';
import { PerQueryBreakdown } from './PerQueryBreakdown';
import { RUN_DATE } from './SavedRunsTable';

/** A saved run: metric means per configuration (table and chart), per-query changes, export. */
export function RunReport({ store, runId }: { store: string; runId: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const run = useQuery({
    ...trpc.evaluation.get.queryOptions({ store, runId }),
    staleTime: Infinity,
    retry: retryOnce,
  });
  const [exportProblem, setExportProblem] = useState<string | null>(null);

  const exportCsv = async () => {
    setExportProblem(null);
    try {
      const { name, csv } = await queryClient.fetchQuery(
        trpc.evaluation.exportCsv.queryOptions({ store, runId }),
      );
      downloadText(csvFileName(name), csv);
    } catch (error) {
      setExportProblem(toWorkbenchError(error).message);
    }
  };

  const back = <Link href={sectionHref(store, 'evaluations')}>All evaluation runs</Link>;
  if (run.error) {
    return (
      <>
        <p>{back}</p>
        <SearchError
          title="This run could not be opened"
          error={toWorkbenchError(run.error)}
          onRetry={() => void run.refetch()}
        />
      </>
    );
  }
  if (!run.data) return <p className={workbench.muted}>Loading the run…</p>;
  const data = run.data;
  return (
    <>
      <p className={workbench.note}>{back}</p>
      <h1 className={workbench.pageHeading}>{data.name}</h1>
      <p className={workbench.lead}>
        Judgment set <strong>{data.judgmentSet.name}</strong> · run{' '}
        {RUN_DATE.format(data.createdAt)}
      </p>
      <div className={workbench.actions}>
        <button
          type="button"
          className={workbench.secondaryButton}
          onClick={() => void exportCsv()}
        >
          Export per-query CSV
        </button>
        {exportProblem && (
          <p className={workbench.problem} role="alert">
            The export did not work: {exportProblem}
          </p>
        )}
      </div>
      <MetricTable results={data.results} />
      <MetricBarChart run={data} />
      <PerQueryBreakdown run={data} />
    </>
  );
}
