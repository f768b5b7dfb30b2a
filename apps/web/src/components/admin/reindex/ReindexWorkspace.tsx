'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Columns, Muted, Problem, Section } from '~/components/ui';
import { retryUnlessRefused } from '~/lib/admin/apiError';
import { isUnfinished, REINDEX_POLL_MS } from '~/lib/admin/reindexProgress';
import { useTRPC } from '~/trpc/react';
import { messageOf } from '../formOutcome';
import { JobProgressPanel } from './JobProgressPanel';
import { StartReindexForm } from './StartReindexForm';
import { VersionsTable } from './VersionsTable';

/**
 * Re-indexing: start a job, watch it (the status is asked every second while it runs, so the
 * page updates without a reload), cancel it, and manage the index versions it leaves behind.
 */
export function ReindexWorkspace({ store }: { store: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery({
    ...trpc.reindex.status.queryOptions({ store }),
    retry: retryUnlessRefused,
    refetchInterval: (query) => {
      const job = query.state.data?.job;
      return job && isUnfinished(job.state) ? REINDEX_POLL_MS : false;
    },
  });
  const job = status.data?.job ?? null;
  const running = job !== null && isUnfinished(job.state);

  // A job that ends may have switched the active version: show the versions as they are now.
  const jobState = job ? `${job.id}:${job.state}` : '';
  useEffect(() => {
    if (jobState) void queryClient.invalidateQueries({ queryKey: trpc.reindex.versions.pathKey() });
  }, [jobState, queryClient, trpc]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.reindex.pathKey() });

  return (
    <>
      {status.isError && <Problem>{messageOf(status.error)}</Problem>}
      <Columns>
        <StartReindexForm
          store={store}
          pendingProducts={status.data?.pendingProducts ?? null}
          totalProducts={status.data?.totalProducts ?? null}
          jobRunning={running}
          onStarted={refresh}
        />
        {job ? (
          <JobProgressPanel store={store} job={job} onCancelled={refresh} />
        ) : (
          status.data && (
            <Section title="Progress">
              <Muted>This store has not been re-indexed from here yet.</Muted>
            </Section>
          )
        )}
      </Columns>
      <VersionsTable store={store} />
    </>
  );
}
