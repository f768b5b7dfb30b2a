'use client';
import { useState } from 'react';
import { Button, DataTable, Section } from '~/components/ui';
import type { Experiment } from '~/lib/analyst/apiTypes';
import { ExperimentOutcome } from './ExperimentOutcome';

/** Stopped experiments, newest first; one can be opened to see its outcome. */
export function ExperimentHistory({
  store,
  experiments,
}: {
  store: string;
  experiments: Experiment[];
}) {
  const stopped = experiments.filter((e) => !e.running);
  const [openId, setOpenId] = useState<number | null>(null);
  const open = stopped.find((e) => e.id === openId) ?? null;
  return (
    <>
      <Section title="Earlier experiments">
        <DataTable
          columns={[
            { header: 'A', cell: (e) => e.labelA, rowHeader: true },
            { header: 'B', cell: (e) => e.labelB },
            { header: 'Traffic', cell: (e) => `${e.trafficPercent} %`, numeric: true },
            { header: 'Started', cell: (e) => e.startedAt.toLocaleString() },
            { header: 'Stopped', cell: (e) => e.stoppedAt?.toLocaleString() ?? '' },
            {
              header: 'Outcome',
              cell: (e) => (
                <Button variant="link" onClick={() => setOpenId(e.id)}>
                  Show outcome
                </Button>
              ),
            },
          ]}
          rows={stopped}
          rowKey={(e) => e.id}
          empty="No experiment has been stopped yet."
        />
      </Section>
      {open && <ExperimentOutcome store={store} experiment={open} />}
    </>
  );
}
