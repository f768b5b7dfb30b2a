'use client';
import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { Actions, Button, Muted, Note, PageHeader, Problem } from '~/components/ui';
import { sectionHref } from '~/lib/analyst/routes';
import { retryOnce, toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import { csvFileName, downloadText } from '../downloadText';
import { MetricBarChart } from './MetricBarChart';
import { MetricTable } from './MetricTable';
import { PerQueryBreakdown } from './PerQueryBreakdown';
import { RUN_DATE } from './SavedRunsTable';
import { SignificancePanel } from './SignificancePanel';
import { QueryFailure } from '../QueryFailure';

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
  const notes = useQuery(
    trpc.judgments.notes.queryOptions(
      run.data ? { store, setId: run.data.judgmentSet.id } : skipToken,
    ),
  );

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
        <QueryFailure title="This run could not be opened" query={run} />
      </>
    );
  }
  if (!run.data) return <Muted>Loading the run…</Muted>;
  const data = run.data;
  return (
    <>
      <Note>{back}</Note>
      <PageHeader title={data.name}>
        Judgment set <strong>{data.judgmentSet.name}</strong> · run{' '}
        {RUN_DATE.format(data.createdAt)}
      </PageHeader>
      <Actions>
        <Button variant="secondary" onClick={() => void exportCsv()}>
          Export per-query CSV
        </Button>
        {exportProblem && <Problem inline>The export did not work: {exportProblem}</Problem>}
      </Actions>
      <MetricTable results={data.results} />
      <SignificancePanel run={data} />
      <MetricBarChart run={data} />
      <PerQueryBreakdown run={data} store={store} notes={notes.data ?? {}} />
    </>
  );
}
