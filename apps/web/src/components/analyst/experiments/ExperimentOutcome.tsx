'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Actions, Button, DataTable, Muted, Note, Problem, Section } from '~/components/ui';
import type { Experiment, ExperimentReport } from '~/lib/analyst/apiTypes';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import { QueryFailure } from '../QueryFailure';

/** How often a running experiment's counts are refreshed. */
const REFRESH_MS = 5_000;

/** An experiment's counts, winner and p-value; a running one can be stopped here. */
export function ExperimentOutcome({
  store,
  experiment,
}: {
  store: string;
  experiment: Experiment;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const report = useQuery({
    ...trpc.experiments.report.queryOptions({ store, experimentId: experiment.id }),
    refetchInterval: experiment.running ? REFRESH_MS : false,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const stop = useMutation(
    trpc.experiments.stop.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.experiments.pathKey() }),
      onError: (error) => setProblem(toWorkbenchError(error).message),
    }),
  );
  const title = `${experiment.running ? 'Running' : 'Stopped'}: ${experiment.labelA} (A) against ${experiment.labelB} (B)`;
  return (
    <Section title={title}>
      <Note>
        {experiment.trafficPercent} % of visitors · started {experiment.startedAt.toLocaleString()}{' '}
        by {experiment.startedBy} · clicks kept {experiment.retentionDays} days
      </Note>
      {report.isPending ? (
        <Muted>Loading…</Muted>
      ) : report.isError ? (
        <QueryFailure title="Could not load the outcome" query={report} />
      ) : (
        <Outcome report={report.data} />
      )}
      {experiment.running && (
        <Actions>
          <Button
            variant="danger"
            pending={stop.isPending}
            pendingText="Stopping…"
            onClick={() => stop.mutate({ store, experimentId: experiment.id })}
          >
            Stop experiment
          </Button>
          <Problem inline>{problem}</Problem>
        </Actions>
      )}
    </Section>
  );
}

function Outcome({ report }: { report: ExperimentReport }) {
  const rows = [
    { label: 'Searches shown (impressions)', value: report.impressions },
    { label: 'Searches with a click', value: report.clickedImpressions },
    { label: 'Won by A', value: report.winsA },
    { label: 'Won by B', value: report.winsB },
    { label: 'Ties', value: report.ties },
    { label: 'Clicks on A’s products', value: report.clicks.a },
    { label: 'Clicks on B’s products', value: report.clicks.b },
    { label: 'Clicks on products both ranked alike', value: report.clicks.both },
  ];
  const { labelA, labelB } = report.experiment;
  return (
    <>
      <p role="status" aria-label="Winner">
        {report.winner
          ? `Winner: ${report.winner === 'a' ? `A (${labelA})` : `B (${labelB})`}.`
          : 'No winner yet: the difference may be chance.'}{' '}
        Sign test p = {report.pValue.toFixed(4)} (winner below {report.alpha}).
      </p>
      <DataTable
        caption="Outcome per search"
        columns={[
          { header: 'Count', cell: (row) => row.label, rowHeader: true },
          { header: 'Value', cell: (row) => row.value.toLocaleString('en'), numeric: true },
        ]}
        rows={rows}
        rowKey={(row) => row.label}
      />
    </>
  );
}
