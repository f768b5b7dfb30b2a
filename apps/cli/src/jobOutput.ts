// How re-index jobs look on a terminal: a progress bar (processed/total, rate, ETA) while a job
// runs, then its outcome with the first failures.
import type { JobProgress } from '@shopsearch/indexing';
import cliProgress from 'cli-progress';
import { print, type CliContext } from './context.ts';

export function startJobProgressBar(context: CliContext) {
  const bar = new cliProgress.SingleBar(
    {
      stream: context.stderr as NodeJS.WritableStream,
      format:
        'Indexing [{bar}] {percentage}% | {value}/{total} products | {rate}/s | ETA {eta_formatted} | {state}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(job: JobProgress) {
      const payload = { rate: Math.round(job.ratePerSecond ?? 0), state: job.state };
      if (!started) bar.start(Math.max(job.total, 1), 0, payload);
      started = true;
      bar.update(job.processed, payload);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
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
