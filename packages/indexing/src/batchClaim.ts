// Claiming work: a worker takes the next pending batch of an unfinished job, or one whose holder
// stopped renewing its lease (a killed worker). SKIP LOCKED lets several workers share one job's
// batches on PostgreSQL without waiting on each other.
import type { Prisma, PrismaClient } from '@shopsearch/db';

export interface ClaimedBatch {
  id: number;
  jobId: number;
  seq: number;
  productIds: string[];
  attempts: number;
}

interface ClaimRow {
  id: number;
  job_id: number;
  seq: number;
  product_ids: string[];
  attempts: number;
}

export async function claimBatch(
  prisma: PrismaClient,
  workerId: string,
  leaseMs: number,
): Promise<ClaimedBatch | null> {
  const rows = await prisma.$queryRaw<ClaimRow[]>`
    UPDATE reindex_batch
    SET state = 'running', locked_by = ${workerId}, locked_at = now(), attempts = attempts + 1
    WHERE id = (
      SELECT b.id FROM reindex_batch b JOIN reindex_job j ON j.id = b.job_id
      WHERE j.state IN ('queued', 'running')
        AND (b.state = 'pending'
             OR (b.state = 'running' AND b.locked_at < now() - ${leaseMs} * interval '1 millisecond'))
      ORDER BY b.job_id, b.seq
      LIMIT 1
      FOR UPDATE OF b SKIP LOCKED)
    RETURNING id, job_id, seq, product_ids, attempts`;
  const row = rows[0];
  if (!row) return null;
  await prisma.reindexJob.updateMany({
    where: { id: row.job_id, state: 'queued' },
    data: { state: 'running', startedAt: new Date() },
  });
  return {
    id: row.id,
    jobId: row.job_id,
    seq: row.seq,
    productIds: row.product_ids,
    attempts: row.attempts,
  };
}

/** Keeps a long batch's lease fresh so no other worker takes it over. */
export async function renewLease(
  prisma: PrismaClient,
  batchId: number,
  workerId: string,
): Promise<void> {
  await updateHeldBatch(prisma, batchId, workerId, { lockedAt: new Date() });
}

/** Puts a batch back for another attempt after a failure that may pass (engine down, timeout). */
export async function releaseBatch(
  prisma: PrismaClient,
  batchId: number,
  workerId: string,
): Promise<void> {
  await updateHeldBatch(prisma, batchId, workerId, {
    state: 'pending',
    lockedBy: null,
    lockedAt: null,
  });
}

/** Changes a batch only while this worker still runs it: a taken-over batch is left alone. */
async function updateHeldBatch(
  prisma: PrismaClient,
  batchId: number,
  workerId: string,
  data: Prisma.ReindexBatchUpdateManyMutationInput,
): Promise<void> {
  await prisma.reindexBatch.updateMany({
    where: { id: batchId, state: 'running', lockedBy: workerId },
    data,
  });
}
