// A re-index worker: claims batches, processes them, and ends jobs whose batches are all done.
// Run several (processes or machines) against one PostgreSQL to share a job; the embedded default
// runs one inside the web process.
import { randomUUID } from 'node:crypto';
import { setTimeout as delay, setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { PrismaClient } from '@shopsearch/db';
import type { FirstStageIndex, IndexSettings } from '@shopsearch/search';
import { claimBatch, releaseBatch, renewLease, type ClaimedBatch } from './batchClaim.ts';
import type { EncoderProvider } from './documentEncoder.ts';
import { failureReason } from './failureReason.ts';
import { finalizeJobs } from './finalizeJobs.ts';
import { LostLeaseError, processBatch } from './processBatch.ts';

export interface ReindexWorkerOptions {
  prisma: PrismaClient;
  firstStage: FirstStageIndex;
  encoders: EncoderProvider;
  /** The first stage's settings for a store (filterable attributes, synonyms), applied once per job. */
  indexSettings?: (storeId: number) => Promise<IndexSettings>;
  workerId?: string;
  /** A batch whose lease is older than this is considered abandoned; default 60 s. */
  leaseMs?: number;
  /** Attempts before a batch's products are recorded as failed; default 3. */
  maxAttempts?: number;
  /** Idle wait between polls in `run`; default 500 ms. */
  pollMs?: number;
  /** Called after each batch and each finished job (e.g. to invalidate caches). */
  onEvent?: (event: WorkerEvent) => void;
}

export type WorkerEvent =
  | { type: 'batch-done'; jobId: number; storeId: number; indexed: number; failed: number }
  /** `reason` is what the job records; `error` the thrown error itself, for the worker's log. */
  | { type: 'batch-retry'; jobId: number; batchId: number; reason: string; error: unknown }
  /** This worker's lease ran out and another worker took the batch: nothing of it was counted. */
  | { type: 'batch-lost'; jobId: number; batchId: number }
  | { type: 'jobs-finished'; jobs: { jobId: number; storeId: number }[] };

export class ReindexWorker {
  readonly workerId: string;
  readonly #options: Required<
    Omit<ReindexWorkerOptions, 'onEvent' | 'workerId' | 'indexSettings'>
  > &
    Pick<ReindexWorkerOptions, 'onEvent' | 'indexSettings'>;
  /** Jobs whose first-stage settings this worker has applied. */
  readonly #prepared = new Set<number>();

  constructor(options: ReindexWorkerOptions) {
    this.workerId = options.workerId ?? `worker-${randomUUID()}`;
    this.#options = { leaseMs: 60_000, maxAttempts: 3, pollMs: 500, ...options };
  }

  /** Does one unit of work; false when there was nothing to do. */
  async runOnce(): Promise<boolean> {
    const { prisma, leaseMs } = this.#options;
    const batch = await claimBatch(prisma, this.workerId, leaseMs);
    if (batch) {
      await this.#process(batch);
      return true;
    }
    const finished = await finalizeJobs(prisma, leaseMs);
    if (finished.length) this.#options.onEvent?.({ type: 'jobs-finished', jobs: finished });
    return finished.length > 0;
  }

  /** Works until nothing is left (tests, CLI, the demo). */
  async runUntilIdle(): Promise<void> {
    while (await this.runOnce()) await yieldToEventLoop();
  }

  /**
   * Works until the signal aborts, polling when idle. Between batches it lets the process's other
   * work run: embedded in the web process, requests (and the admin's progress polls) are served
   * between batches rather than after the whole job.
   */
  async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const worked = await this.runOnce().catch(() => false);
      if (worked) await yieldToEventLoop();
      else await sleep(this.#options.pollMs, signal);
    }
  }

  async #process(batch: ClaimedBatch): Promise<void> {
    const { prisma, firstStage, encoders, leaseMs } = this.#options;
    const job = await prisma.reindexJob.findUniqueOrThrow({
      where: { id: batch.jobId },
      select: {
        id: true,
        storeId: true,
        indexVersionId: true,
        indexVersion: { select: { model: true, codec: true } },
      },
    });
    const heartbeat = setInterval(
      () => void renewLease(prisma, batch.id, this.workerId),
      leaseMs / 3,
    );
    try {
      const encoder = await encoders(job.indexVersion);
      await this.#prepareFirstStage(job);
      const outcome = await processBatch(prisma, firstStage, encoder, job, batch, this.workerId);
      this.#options.onEvent?.({
        type: 'batch-done',
        jobId: job.id,
        storeId: job.storeId,
        ...outcome,
      });
    } catch (error) {
      if (error instanceof LostLeaseError) {
        this.#options.onEvent?.({ type: 'batch-lost', jobId: job.id, batchId: batch.id });
        return;
      }
      await this.#retryOrFail(job, batch, error);
    } finally {
      clearInterval(heartbeat);
    }
  }

  async #prepareFirstStage(job: { id: number; storeId: number }): Promise<void> {
    const { indexSettings, firstStage } = this.#options;
    if (!indexSettings || this.#prepared.has(job.id)) return;
    await firstStage.prepare(job.storeId, await indexSettings(job.storeId));
    this.#prepared.add(job.id);
  }

  async #retryOrFail(job: { id: number }, batch: ClaimedBatch, error: unknown): Promise<void> {
    const { prisma, maxAttempts } = this.#options;
    const reason = failureReason(error);
    this.#options.onEvent?.({
      type: 'batch-retry',
      jobId: job.id,
      batchId: batch.id,
      reason,
      error,
    });
    if (batch.attempts < maxAttempts) {
      await releaseBatch(prisma, batch.id, this.workerId);
      return;
    }
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.reindexBatch.updateMany({
        where: { id: batch.id, state: 'running', lockedBy: this.workerId },
        data: { state: 'failed', finishedAt: new Date() },
      });
      if (count !== 1) return;
      await tx.reindexFailure.createMany({
        data: batch.productIds.map((productId) => ({
          jobId: job.id,
          productId,
          reason: `gave up after ${batch.attempts} attempts: ${reason}`,
        })),
      });
      await tx.reindexJob.update({
        where: { id: job.id },
        data: {
          processed: { increment: batch.productIds.length },
          failedCount: { increment: batch.productIds.length },
        },
      });
    });
  }
}

/**
 * Resolves after `ms`, or at once when the signal aborts. The timers module removes its abort
 * listener when the time is up; a hand-made listener left behind would pile up on the worker's
 * one stop signal, one per idle poll, for as long as the process runs.
 */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return delay(ms, undefined, { signal }).catch(() => undefined);
}
