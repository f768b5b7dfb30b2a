'use client';
import { useMutation } from '@tanstack/react-query';
import { Actions, Button, Muted, Problem, Section } from '~/components/ui';
import type { JobProgress } from '~/lib/admin/apiTypes';
import {
  formatEta,
  formatRate,
  isUnfinished,
  JOB_STATE_LABELS,
  jobPercent,
} from '~/lib/admin/reindexProgress';
import { useTRPC } from '~/trpc/react';
import { messageOf } from '../formOutcome';
import { FailedProducts } from './FailedProducts';
import styles from './JobProgressPanel.module.css';

const n = (value: number) => value.toLocaleString('en-US');

/** The latest job: a progress bar, counts, rate, time left, state, failures, and Cancel. */
export function JobProgressPanel({
  store,
  job,
  onCancelled,
}: {
  store: string;
  job: JobProgress;
  onCancelled: () => void;
}) {
  const trpc = useTRPC();
  const cancel = useMutation(trpc.reindex.cancel.mutationOptions({ onSuccess: onCancelled }));
  const percent = jobPercent(job);
  const unfinished = isUnfinished(job.state);
  return (
    <Section
      title={`${job.kind === 'full' ? 'Full' : 'Incremental'} re-index #${job.id}`}
      headingId="job-heading"
    >
      <Muted>
        {job.model} · {job.codec} · index version {job.indexVersionId}
      </Muted>
      <div
        className={styles.bar}
        role="progressbar"
        aria-labelledby="job-heading"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%: ${n(job.processed)} of ${n(job.total)} products`}
      >
        <div
          className={`${styles.fill} ${styles[job.state] ?? ''}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <dl className={styles.stats}>
        <div>
          <dt>Done</dt>
          <dd data-testid="job-percent">{percent}%</dd>
        </div>
        <div>
          <dt>Products</dt>
          <dd>
            {n(job.processed)} / {n(job.total)}
          </dd>
        </div>
        <div>
          <dt>Rate</dt>
          <dd>{formatRate(job.ratePerSecond)}</dd>
        </div>
        <div>
          <dt>Time left</dt>
          <dd>{formatEta(job.etaSeconds, job.state)}</dd>
        </div>
        <div>
          <dt>State</dt>
          <dd role="status" data-testid="job-state">
            {JOB_STATE_LABELS[job.state]}
          </dd>
        </div>
      </dl>
      {job.error && <Problem quiet>{job.error}</Problem>}
      <FailedProducts failures={job.failures} failedCount={job.failedCount} />
      <Problem>{messageOf(cancel.error)}</Problem>
      {unfinished && (
        <Actions>
          <Button
            variant="secondary"
            disabled={job.state === 'cancelling' || cancel.isPending}
            onClick={() => cancel.mutate({ store, jobId: job.id })}
          >
            {job.state === 'cancelling' ? 'Cancelling…' : 'Cancel re-index'}
          </Button>
        </Actions>
      )}
    </Section>
  );
}
