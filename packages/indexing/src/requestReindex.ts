// Planning a re-index: a new building index version, a job, and the job's batches of product ids,
// written in one transaction. Incremental jobs copy the unchanged products' token rows from the
// active version up front and queue only products whose content hash changed (or that are new);
// with nothing added, changed or deleted there is nothing to build, and the request is refused.
import { Prisma, type PrismaClient, type ReindexJob } from '@shopsearch/db';
import { NothingToReindexError, ReindexConflictError } from './errors.ts';

export interface ReindexRequest {
  storeId: number;
  kind: 'full' | 'incremental';
  model: string;
  dim: number;
  codec: string;
  /** Products per batch; each batch commits on its own. */
  batchSize?: number;
  requestedBy?: number;
}

const DEFAULT_BATCH_SIZE = 256;
/** Copying a large catalog's unchanged rows can outlast Prisma's 5 s transaction default. */
const PLANNING_TX = { timeout: 120_000, maxWait: 10_000 };

export async function requestReindex(
  prisma: PrismaClient,
  request: ReindexRequest,
): Promise<ReindexJob> {
  const unfinished = await findUnfinishedJob(prisma, request.storeId);
  if (unfinished) throw new ReindexConflictError(unfinished.id);
  try {
    return await prisma.$transaction(async (tx) => {
      const active = await tx.indexVersion.findFirst({
        where: { storeId: request.storeId, state: 'active' },
      });
      // Vectors of another model or codec cannot be reused: such a request is a full rebuild.
      const reusable =
        request.kind === 'incremental' &&
        active?.model === request.model &&
        active.codec === request.codec;
      // A copy of the active version would only churn versions and cold-start the vector cache.
      if (reusable && !(await changedSince(tx, request.storeId, active.id))) {
        throw new NothingToReindexError(active.id);
      }
      const version = await tx.indexVersion.create({
        data: {
          storeId: request.storeId,
          model: request.model,
          modelDim: request.dim,
          codec: request.codec,
        },
      });
      const productIds = reusable
        ? await copyUnchangedAndListChanged(tx, request.storeId, active.id, version.id)
        : await allProductIds(tx, request.storeId);
      const job = await tx.reindexJob.create({
        data: {
          storeId: request.storeId,
          indexVersionId: version.id,
          kind: reusable ? 'incremental' : 'full',
          total: productIds.length,
          requestedBy: request.requestedBy ?? null,
        },
      });
      await insertBatches(tx, job.id, productIds, request.batchSize ?? DEFAULT_BATCH_SIZE);
      return job;
    }, PLANNING_TX);
  } catch (error) {
    // Two requests raced past the check: the partial unique index let only one through.
    const winner = isUniqueViolation(error)
      ? await findUnfinishedJob(prisma, request.storeId)
      : null;
    if (winner) throw new ReindexConflictError(winner.id);
    throw error;
  }
}

function findUnfinishedJob(prisma: PrismaClient, storeId: number) {
  return prisma.reindexJob.findFirst({
    where: { storeId, state: { in: ['queued', 'running', 'cancelling'] } },
    select: { id: true },
  });
}

type Tx = Prisma.TransactionClient;

/**
 * The job's batches, `size` ids each in the given order, in one statement over one array. Prisma's
 * createMany, given a million ids (3,907 batches), had not sent its insert after 9 min (153 s of
 * CPU), far past the planning transaction's timeout (BENCHMARKS.md, "1,000,000 products").
 */
async function insertBatches(tx: Tx, jobId: number, productIds: string[], size: number) {
  if (productIds.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO reindex_batch (job_id, seq, product_ids)
    SELECT ${jobId}::int, seq, array_agg(id ORDER BY n)
    FROM (
      SELECT id, n, (n - 1) / ${size}::int AS seq
      FROM unnest(${productIds}::text[]) WITH ORDINALITY AS t(id, n)) AS numbered
    GROUP BY seq`;
}

async function allProductIds(tx: Tx, storeId: number): Promise<string[]> {
  const rows = await tx.product.findMany({
    where: { storeId },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => r.id);
}

async function copyUnchangedAndListChanged(
  tx: Tx,
  storeId: number,
  fromVersion: number,
  toVersion: number,
) {
  await tx.$executeRaw`
    INSERT INTO product_embedding
      (index_version_id, store_id, product_id, token_count, codec, vectors, token_ids, content_hash, title_words)
    SELECT ${toVersion}, e.store_id, e.product_id, e.token_count, e.codec, e.vectors, e.token_ids, e.content_hash, e.title_words
    FROM product_embedding e
    JOIN product p ON p.store_id = e.store_id AND p.id = e.product_id AND p.content_hash = e.content_hash
    WHERE e.index_version_id = ${fromVersion} AND e.store_id = ${storeId}`;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM product p
    LEFT JOIN product_embedding e
      ON e.index_version_id = ${toVersion} AND e.store_id = p.store_id AND e.product_id = p.id
    WHERE p.store_id = ${storeId} AND e.product_id IS NULL
    ORDER BY p.id`;
  return rows.map((r) => r.id);
}

/**
 * Whether a product was added, changed (its content hash differs from its stored row's, as in
 * `copyUnchangedAndListChanged`, which reuses a row only when they are equal) or deleted since
 * `version` was built.
 */
async function changedSince(tx: Tx, storeId: number, version: number): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ changed: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM product p
      WHERE p.store_id = ${storeId} AND NOT EXISTS (
        SELECT 1 FROM product_embedding e
        WHERE e.index_version_id = ${version} AND e.store_id = p.store_id
          AND e.product_id = p.id AND e.content_hash = p.content_hash)
    ) OR EXISTS (
      SELECT 1 FROM product_embedding e
      WHERE e.index_version_id = ${version} AND e.store_id = ${storeId} AND NOT EXISTS (
        SELECT 1 FROM product p WHERE p.store_id = e.store_id AND p.id = e.product_id)
    ) AS changed`;
  return row!.changed;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
