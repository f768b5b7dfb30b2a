// What a store's index looks like to its merchant: the models and codecs a new version can be
// built with, the job in progress and how many products wait for vectors, and the versions with
// their size; retiring a version and deleting retired ones.
import { CODEC_NAMES } from '@shopsearch/colbert';
import type { PrismaClient } from '@shopsearch/db';
import {
  deleteRetiredVersions,
  jobProgress,
  latestJob,
  listVersions,
  retireVersion,
  type JobProgress,
} from '@shopsearch/indexing';
import type { ModelRegistry } from '@shopsearch/search';
import type { DatabaseDeps } from '../databaseDeps.ts';

export interface ModelOption {
  name: string;
  kind: 'static' | 'contextual';
  dim: number;
  codecs: string[];
}

export interface ReindexOptions {
  defaultModel: string;
  models: ModelOption[];
  active: { id: number; model: string; codec: string } | null;
}

export interface ReindexStatus {
  job: JobProgress | null;
  /** Products changed or added since the active index version was built. */
  pendingProducts: number;
  totalProducts: number;
}

export interface IndexVersionSummary {
  id: number;
  model: string;
  codec: string;
  state: string;
  createdAt: Date;
  activatedAt: Date | null;
  products: number;
  bytes: number;
}

/** The configured models, the codecs each accepts (token ids suit static models only), and what
 *  the active version uses. */
export async function reindexOptions(
  deps: { prisma: PrismaClient; models: ModelRegistry },
  storeId: number,
): Promise<ReindexOptions> {
  const { models, prisma } = deps;
  const [configs, active] = await Promise.all([
    Promise.all(models.names.map(async (name) => (await models.get(name)).config)),
    prisma.indexVersion.findFirst({
      where: { storeId, state: 'active' },
      select: { id: true, model: true, codec: true },
    }),
  ]);
  return {
    defaultModel: models.defaultModel,
    models: configs.map((config) => ({
      name: config.name,
      kind: config.kind,
      dim: config.dim,
      codecs: CODEC_NAMES.filter((codec) => codec !== 'tokenid' || config.kind === 'static'),
    })),
    active,
  };
}

/** One job's progress (or the store's latest job's) and the products waiting for vectors. */
export async function reindexStatus(
  { prisma }: DatabaseDeps,
  storeId: number,
  jobId?: number,
): Promise<ReindexStatus> {
  const job = jobId ? await jobProgress(prisma, storeId, jobId) : await latestJob(prisma, storeId);
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

/** The store's index versions, newest first, with the products and bytes each holds. */
export async function indexVersionSummaries(
  { prisma }: DatabaseDeps,
  storeId: number,
): Promise<IndexVersionSummary[]> {
  const versions = await listVersions(prisma, storeId);
  const sizes = await prisma.$queryRaw<{ id: number; products: bigint; bytes: bigint }[]>`
    SELECT index_version_id AS id, count(*) AS products, coalesce(sum(octet_length(vectors)), 0) AS bytes
    FROM product_embedding WHERE store_id = ${storeId} GROUP BY 1`;
  const sizeOf = new Map(sizes.map((s) => [s.id, s]));
  return versions.map((v) => ({
    id: v.id,
    model: v.model,
    codec: v.codec,
    state: v.state,
    createdAt: v.createdAt,
    activatedAt: v.activatedAt,
    products: Number(sizeOf.get(v.id)?.products ?? 0),
    bytes: Number(sizeOf.get(v.id)?.bytes ?? 0),
  }));
}

/** Retires a version that is not serving (IndexVersionStateError otherwise); its rows stay until
 *  deleteRetiredIndexVersions. */
export function retireIndexVersion(
  { prisma }: DatabaseDeps,
  storeId: number,
  versionId: number,
): Promise<void> {
  return retireVersion(prisma, storeId, versionId);
}

/** Removes retired and failed versions with their token rows; returns how many went. */
export function deleteRetiredIndexVersions(
  { prisma }: DatabaseDeps,
  storeId: number,
): Promise<number> {
  return deleteRetiredVersions(prisma, storeId);
}
