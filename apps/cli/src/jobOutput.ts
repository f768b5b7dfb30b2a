// How re-index jobs look on a terminal: a progress bar (processed/total, rate, ETA) while a job
// runs, then its outcome with the first failures.
import type { JobProgress } from '@shopsearch/indexing';
import { print, type CliContext } from './context.ts';
import { terminalProgressBar } from './progressBar.ts';

export function startJobProgressBar(context: CliContext) {
  const bar = terminalProgressBar<{ rate: number; state: string }>(
    context,
    'Indexing [{bar}] {percentage}% | {value}/{total} products | {rate}/s | ETA {eta_formatted} | {state}',
  );
  return {
    update(job: JobProgress) {
      bar.update(job.processed, Math.max(job.total, 1), {
        rate: Math.round(job.ratePerSecond ?? 0),
        state: job.state,
      });
    },
    stop: bar.stop,
  };
}

export function printJob(context: CliContext, job: JobProgress, showFailures = 5): void {
  const seconds =
    job.startedAt && job.finishedAt
      ? (job.finishedAt.getTime() - job.startedAt.getTime()) / 1000
      : null;
  const took = seconds === null ? '' : ` in ${seconds.toFixed(1)} s`;
  print(
    context.stdout,
    `Job ${job.id} (${job.kind}, ${job.model} / ${job.codec}, index version ${job.indexVersionId}): ${job.state}, ${job.processed}/${job.total} products${took}, ${job.failedCount} failed.`,
  );
  for (const failure of job.failures.slice(0, showFailures)) {
    print(context.stdout, `  ${failure.productId}: ${failure.reason}`);
  }
  if (job.error) print(context.stdout, `  ${job.error}`);
}
