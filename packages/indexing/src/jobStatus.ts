// What a merchant watches while a re-index runs: counts, rate, ETA, state, and failures.
import type { PrismaClient } from '@shopsearch/db';
import { NotFoundInStoreError } from './errors.ts';

export interface JobProgress {
  id: number;
  kind: 'full' | 'incremental';
  state: 'queued' | 'running' | 'cancelling' | 'cancelled' | 'succeeded' | 'failed';
  indexVersionId: number;
  model: string;
  codec: string;
  total: number;
  processed: number;
  failedCount: number;
  /** Products per second since the job started; null before it starts. */
  ratePerSecond: number | null;
  /** Seconds left at the current rate; null when unknown or finished. */
  etaSeconds: number | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  error: string | null;
  failures: { productId: string; reason: string }[];
}

const FAILURES_SHOWN = 100;

export async function jobProgress(
  prisma: PrismaClient,
  storeId: number,
  jobId: number,
  now = new Date(),
): Promise<JobProgress> {
  const job = await prisma.reindexJob.findFirst({
    where: { id: jobId, storeId },
    include: {
      indexVersion: { select: { model: true, codec: true } },
      failures: {
        select: { productId: true, reason: true },
        orderBy: { id: 'asc' },
        take: FAILURES_SHOWN,
      },
    },
  });
  if (!job) throw new NotFoundInStoreError('job', jobId);
  const end = job.finishedAt ?? now;
  const seconds = job.startedAt
    ? Math.max((end.getTime() - job.startedAt.getTime()) / 1000, 1e-3)
    : null;
  const ratePerSecond = seconds !== null ? job.processed / seconds : null;
  const unfinished = ['queued', 'running', 'cancelling'].includes(job.state);
  const etaSeconds =
    unfinished && ratePerSecond ? Math.max(job.total - job.processed, 0) / ratePerSecond : null;
  return {
    id: job.id,
    kind: job.kind,
    state: job.state,
    indexVersionId: job.indexVersionId,
    model: job.indexVersion.model,
    codec: job.indexVersion.codec,
    total: job.total,
    processed: job.processed,
    failedCount: job.failedCount,
    ratePerSecond,
    etaSeconds,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    error: job.error,
    failures: job.failures,
  };
}

export async function latestJob(
  prisma: PrismaClient,
  storeId: number,
): Promise<JobProgress | null> {
  const job = await prisma.reindexJob.findFirst({
    where: { storeId },
    orderBy: { id: 'desc' },
    select: { id: true },
  });
  return job ? jobProgress(prisma, storeId, job.id) : null;
}

/** Asks a job to stop; workers finish the batch in hand and drop the partial index. */
export async function cancelReindex(
  prisma: PrismaClient,
  storeId: number,
  jobId: number,
): Promise<void> {
  const { count } = await prisma.reindexJob.updateMany({
    where: { id: jobId, storeId, state: { in: ['queued', 'running'] } },
    data: { state: 'cancelling' },
  });
  if (count === 0) {
    const exists = await prisma.reindexJob.count({ where: { id: jobId, storeId } });
    if (!exists) throw new NotFoundInStoreError('job', jobId);
  }
}
