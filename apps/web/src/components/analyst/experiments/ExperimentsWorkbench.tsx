'use client';
import { useQuery } from '@tanstack/react-query';
import { Muted, PageHeader } from '~/components/ui';
import { useTRPC } from '~/trpc/react';
import { QueryFailure } from '../QueryFailure';
import { ExperimentHistory } from './ExperimentHistory';
import { ExperimentOutcome } from './ExperimentOutcome';
import { StartExperimentForm } from './StartExperimentForm';

/**
 * The store's interleaving experiment: the running one's outcome with its Stop button, or the form
 * to start one; then the earlier experiments.
 */
export function ExperimentsWorkbench({ store }: { store: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.experiments.list.queryOptions({ store }));
  const running = list.data?.find((e) => e.running) ?? null;
  return (
    <>
      <PageHeader title="Experiments">
        Interleave two rankings on a share of the storefront’s searches: each click counts for the
        ranking that placed the product, and each search for the ranking whose products got more
        clicks. One experiment runs in a store at a time.
      </PageHeader>
      {list.isPending ? (
        <Muted>Loading…</Muted>
      ) : list.isError ? (
        <QueryFailure title="Could not load the experiments" query={list} />
      ) : running ? (
        <ExperimentOutcome store={store} experiment={running} />
      ) : (
        <StartExperimentForm store={store} />
      )}
      {list.data && <ExperimentHistory store={store} experiments={list.data} />}
    </>
  );
}
