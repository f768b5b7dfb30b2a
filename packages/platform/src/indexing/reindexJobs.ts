// Re-index jobs as a merchant drives them from the admin: start one and see its progress at once,
// or cancel one (workers finish the batch in hand and drop the partial index).
import { cancelReindex, jobProgress, type JobProgress } from '@shopsearch/indexing';
import type { ModelRegistry } from '@shopsearch/search';
import type { DatabaseDeps } from '../databaseDeps.ts';
import { startReindex, type StartReindexRequest } from './startReindex.ts';

/** Queues the job (see startReindex) and returns its progress as the admin shows it. */
export async function startReindexJob(
  deps: DatabaseDeps & { models: ModelRegistry },
  request: StartReindexRequest,
): Promise<JobProgress> {
  const job = await startReindex(deps, request);
  return jobProgress(deps.prisma, request.storeId, job.id);
}

/** NotFoundInStoreError when the job is not the store's. */
export function cancelReindexJob(
  { prisma }: DatabaseDeps,
  storeId: number,
  jobId: number,
): Promise<void> {
  return cancelReindex(prisma, storeId, jobId);
}
