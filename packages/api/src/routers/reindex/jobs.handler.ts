// Re-index jobs of a store: start one, follow it, cancel it.
import type { JobProgress } from '@shopsearch/indexing';
import {
  cancelReindexJob,
  reindexStatus,
  startReindexJob,
  type ReindexStatus,
} from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type { TStartReindexInputSchema } from './start.schema.ts';
import type { TReindexStatusInputSchema } from './status.schema.ts';

/**
 * reindex.start: queues a job; the worker (in this process on the embedded database, or separate
 * workers) picks its batches up. A store's unfinished job makes a second one a CONFLICT.
 */
export function startReindexHandler({
  ctx,
  input,
}: StoreCall<TStartReindexInputSchema>): Promise<JobProgress> {
  return startReindexJob(ctx.services, {
    storeId: ctx.store.id,
    kind: input.kind,
    model: input.model,
    codec: input.codec,
    requestedBy: ctx.session.user.id,
  });
}

/** reindex.status: a job's progress (or the latest job's), and the products waiting for one. */
export function reindexStatusHandler({
  ctx,
  input,
}: StoreCall<TReindexStatusInputSchema>): Promise<ReindexStatus> {
  return reindexStatus(ctx.services, ctx.store.id, input.jobId);
}

export async function cancelJobHandler({ ctx, input }: StoreCall<{ jobId: number }>) {
  await cancelReindexJob(ctx.services, ctx.store.id, input.jobId);
  return { cancelling: input.jobId };
}
