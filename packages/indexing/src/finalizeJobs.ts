// Ending jobs. A job whose batches are all done activates its index version (atomically retiring
// the old one); a job asked to cancel stops once no batch is in flight and drops its partial
// index. Whichever worker gets here first wins: the state updates are conditional.
import type { PrismaClient } from '@shopsearch/db';
import { activateVersion } from './indexVersions.ts';

/** Ends every job that is ready; returns the jobs it ended. */
export async function finalizeJobs(
  prisma: PrismaClient,
  leaseMs: number,
): Promise<{ jobId: number; storeId: number }[]> {
  const jobs = await prisma.reindexJob.findMany({
    where: { state: { in: ['queued', 'running', 'cancelling'] } },
    select: {
      id: true,
      storeId: true,
      indexVersionId: true,
      state: true,
      total: true,
      failedCount: true,
    },
  });
  const finished: { jobId: number; storeId: number }[] = [];
  const leaseStart = new Date(Date.now() - leaseMs);
  for (const job of jobs) {
    const inFlight = await prisma.reindexBatch.count({
      where: {
        jobId: job.id,
        OR: [
          { state: 'running', lockedAt: { gte: leaseStart } },
          ...(job.state === 'cancelling'
            ? []
            : [{ state: 'pending' as const }, { state: 'running' as const }]),
        ],
      },
    });
    if (inFlight > 0) continue;
    const done =
      job.state === 'cancelling' ? await cancel(prisma, job) : await complete(prisma, job);
    if (done) finished.push({ jobId: job.id, storeId: job.storeId });
  }
  return finished;
}

type JobRow = {
  id: number;
  storeId: number;
  indexVersionId: number;
  total: number;
  failedCount: number;
};

async function complete(prisma: PrismaClient, job: JobRow): Promise<boolean> {
  // Nothing indexed at all (every product failed) must not replace a working index.
  const failed = job.total > 0 && job.failedCount >= job.total;
  const ended = await prisma.$transaction(async (tx) => {
    const { count } = await tx.reindexJob.updateMany({
      where: { id: job.id, state: { in: ['queued', 'running'] } },
      data: {
        state: failed ? 'failed' : 'succeeded',
        finishedAt: new Date(),
        error: failed ? 'Every product failed to index; the previous index keeps serving.' : null,
      },
    });
    if (count !== 1) return false;
    if (failed)
      await tx.indexVersion.update({
        where: { id: job.indexVersionId },
        data: { state: 'failed' },
      });
    else await activateVersion(tx, job.storeId, job.indexVersionId);
    return true;
  });
  // The new version's rows are most of the table. Without statistics on them (autovacuum runs
  // late, or not at all where it is off; PGlite has none) the planner took a store's vectors for
  // a handful of rows and read a search's 200 by filtering all of them: 4 of the ~35 ms of
  // database CPU per distinct search at 19.4k (BENCHMARKS.md, "Where PostgreSQL's CPU goes").
  // ANALYZE reads a sample of at most 30,000 rows, so its cost stops growing with the catalog.
  if (ended && !failed) await prisma.$executeRaw`ANALYZE product_embedding`;
  return ended;
}

async function cancel(prisma: PrismaClient, job: JobRow): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.reindexJob.updateMany({
      where: { id: job.id, state: 'cancelling' },
      data: { state: 'cancelled', finishedAt: new Date() },
    });
    if (count !== 1) return false;
    await tx.reindexBatch.updateMany({
      where: { jobId: job.id, state: { in: ['pending', 'running'] } },
      data: { state: 'failed' },
    });
    await tx.productEmbedding.deleteMany({ where: { indexVersionId: job.indexVersionId } });
    await tx.indexVersion.update({ where: { id: job.indexVersionId }, data: { state: 'failed' } });
    return true;
  });
}
