// reindex.start: queues a re-index job; the worker (in this process on the embedded database, or
// separate workers) picks its batches up. A store's unfinished job makes a second one a CONFLICT.
import type { JobProgress } from '@shopsearch/indexing';
import { startReindexJob, type StoreInfo } from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';
import type { TStartReindexInputSchema } from './start.schema.ts';

export function startReindexHandler({
  ctx,
  input,
}: {
  ctx: ApiContext & { store: StoreInfo; session: { user: { id: number } } };
  input: TStartReindexInputSchema;
}): Promise<JobProgress> {
  return startReindexJob(ctx.services, {
    storeId: ctx.store.id,
    kind: input.kind,
    model: input.model,
    codec: input.codec,
    requestedBy: ctx.session.user.id,
  });
}
