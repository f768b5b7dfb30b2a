import { findStore } from '@shopsearch/catalog';
import { jobProgress, latestJob, listVersions } from '@shopsearch/indexing';
import type { Command } from 'commander';
import { print, withDatabase, type CliContext } from '../context.ts';
import { printJob, startJobProgressBar } from '../jobOutput.ts';

const UNFINISHED = new Set(['queued', 'running', 'cancelling']);

export function registerIndexStatus(index: Command, context: CliContext): void {
  index
    .command('status')
    .description('show the latest re-index job and the index versions of a store')
    .requiredOption('--store <slug>', 'the store')
    .option('--watch', 'follow a running job with a progress bar until it ends')
    .action((options: { store: string; watch?: boolean }) =>
      withDatabase(context, async (db) => {
        const store = await findStore(db, options.store);
        let job = await latestJob(db.prisma, store.id);
        if (job && options.watch && UNFINISHED.has(job.state)) {
          const bar = startJobProgressBar(context);
          try {
            while (job && UNFINISHED.has(job.state)) {
              bar.update(job);
              await new Promise((resolve) => setTimeout(resolve, 500));
              job = await jobProgress(db.prisma, store.id, job.id);
            }
          } finally {
            bar.stop();
          }
        }
        if (job) printJob(context, job);
        else print(context.stdout, `Store "${store.slug}" has never been indexed.`);
        for (const v of await listVersions(db.prisma, store.id)) {
          print(
            context.stdout,
            `  version ${v.id}: ${v.state}, ${v.model} / ${v.codec}, created ${v.createdAt.toISOString()}`,
          );
        }
      }),
    );
}
