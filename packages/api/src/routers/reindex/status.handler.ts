// reindex.status: a job's progress (or the latest job's), and how many products wait for the
// next incremental re-index.
import { jobProgress, latestJob, type JobProgress } from '@shopsearch/indexing';
import type { ApiContext } from '../../trpc.ts';
import type { TReindexStatusInputSchema } from './status.schema.ts';
import type { StoreInfo } from '@shopsearch/platform';

export interface ReindexStatus {
  job: JobProgress | null;
  /** Products changed or added since the active index version was built. */
  pendingProducts: number;
  totalProducts: number;
}

export async function reindexStatusHandler({
  ctx,
  input,
}: {
  ctx: ApiContext & { store: StoreInfo };
  input: TReindexStatusInputSchema;
}): Promise<ReindexStatus> {
  const { prisma } = ctx.services;
  const storeId = ctx.store.id;
  const job = input.jobId
    ? await jobProgress(prisma, storeId, input.jobId)
    : await latestJob(prisma, storeId);
  const [counts] = await prisma.$queryRaw<{ pending: bigint; total: bigint }[]>`
    SELECT count(*) FILTER (WHERE e.product_id IS NULL OR e.content_hash <> p.content_hash) AS pending,
           count(*) AS total
    FROM product p
    LEFT JOIN index_version v ON v.store_id = p.store_id AND v.state = 'active'
    LEFT JOIN product_embedding e ON e.index_version_id = v.id AND e.product_id = p.id
    WHERE p.store_id = ${storeId}`;
  return {
    job,
    pendingProducts: Number(counts?.pending ?? 0),
    totalProducts: Number(counts?.total ?? 0),
  };
}
