// Indexing a store to the end in this process: a re-index as startReindex chooses it, run by this
// platform's worker until no work is left. The demo, the seeds of tests and benchmarks use it.
import type { ReindexJob } from '@shopsearch/db';
import type { Platform } from '../createPlatform.ts';
import { startReindex, type StartReindexRequest } from './startReindex.ts';

export async function indexStore(
  platform: Pick<Platform, 'db' | 'models' | 'worker'>,
  request: StartReindexRequest,
): Promise<ReindexJob> {
  const job = await startReindex({ prisma: platform.db.prisma, models: platform.models }, request);
  await platform.worker.runUntilIdle();
  return job;
}
