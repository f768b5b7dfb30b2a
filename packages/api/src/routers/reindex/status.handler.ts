// reindex.status: a job's progress (or the latest job's), and how many products wait for the
// next incremental re-index.
import { reindexStatus, type ReindexStatus, type StoreInfo } from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';
import type { TReindexStatusInputSchema } from './status.schema.ts';

export function reindexStatusHandler({
  ctx,
  input,
}: {
  ctx: ApiContext & { store: StoreInfo };
  input: TReindexStatusInputSchema;
}): Promise<ReindexStatus> {
  return reindexStatus(ctx.services, ctx.store.id, input.jobId);
}
