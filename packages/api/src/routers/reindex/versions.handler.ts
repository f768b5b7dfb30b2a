// Index versions of a store: list them (with their size), retire one that is not serving, and
// delete retired versions' rows.
import {
  cancelReindex,
  deleteRetiredVersions,
  listVersions,
  retireVersion,
} from '@shopsearch/indexing';
import type { ApiContext } from '../../trpc.ts';
import type { StoreInfo } from '@shopsearch/platform';

type Ctx = ApiContext & { store: StoreInfo };

export interface VersionRow {
  id: number;
  model: string;
  codec: string;
  state: string;
  createdAt: Date;
  activatedAt: Date | null;
  products: number;
  bytes: number;
}

export async function listVersionsHandler({ ctx }: { ctx: Ctx }): Promise<VersionRow[]> {
  const { prisma } = ctx.services;
  const versions = await listVersions(prisma, ctx.store.id);
  const sizes = await prisma.$queryRaw<{ id: number; products: bigint; bytes: bigint }[]>`
    SELECT index_version_id AS id, count(*) AS products, coalesce(sum(octet_length(vectors)), 0) AS bytes
    FROM product_embedding WHERE store_id = ${ctx.store.id} GROUP BY 1`;
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

export async function retireVersionHandler({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { versionId: number };
}) {
  await retireVersion(ctx.services.prisma, ctx.store.id, input.versionId);
  return { retired: input.versionId };
}

export async function deleteRetiredHandler({ ctx }: { ctx: Ctx }) {
  return { deleted: await deleteRetiredVersions(ctx.services.prisma, ctx.store.id) };
}

export async function cancelJobHandler({ ctx, input }: { ctx: Ctx; input: { jobId: number } }) {
  await cancelReindex(ctx.services.prisma, ctx.store.id, input.jobId);
  return { cancelling: input.jobId };
}
