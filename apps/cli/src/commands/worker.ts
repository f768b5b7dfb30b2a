import type { WorkerEvent } from '@shopsearch/indexing';
import type { Command } from 'commander';
import { print, type CliContext } from '../context.ts';
import { withPlatform } from '../platform.ts';

/** A long-running re-index worker; several can share one PostgreSQL database and one job. */
export function registerWorker(program: Command, context: CliContext): void {
  const log = (event: WorkerEvent) => {
    if (event.type === 'batch-done') {
      print(
        context.stdout,
        `job ${event.jobId}: batch done (${event.indexed} indexed, ${event.failed} failed)`,
      );
    } else if (event.type === 'batch-lost') {
      print(
        context.stdout,
        `job ${event.jobId}: batch ${event.batchId} was taken over by another worker; this worker's work on it was not counted`,
      );
    } else if (event.type === 'jobs-finished') {
      print(context.stdout, `finished job(s) ${event.jobs.map((j) => j.jobId).join(', ')}`);
    }
  };
  program
    .command('worker')
    .description(
      'process re-index jobs until stopped (SIGINT/SIGTERM); run several against PostgreSQL to share jobs',
    )
    .action(() =>
      withPlatform(
        context,
        async (platform) => {
          const stop = new AbortController();
          const onSignal = () => stop.abort();
          process.once('SIGINT', onSignal);
          process.once('SIGTERM', onSignal);
          print(context.stdout, `Worker ${platform.worker.workerId} is waiting for re-index jobs.`);
          try {
            await platform.worker.run(stop.signal);
          } finally {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
          }
          print(context.stdout, 'Worker stopped.');
        },
        { onWorkerEvent: log },
      ),
    );
}
