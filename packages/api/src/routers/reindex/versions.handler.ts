// Index versions of a store: list them (with their size), retire one that is not serving, and
// delete retired versions' rows.
import { cancelReindex, deleteRetiredVersions, retireVersion } from '@shopsearch/indexing';
import {
  indexVersionSummaries,
  type IndexVersionSummary,
  type StoreInfo,
} from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';

type Ctx = ApiContext & { store: StoreInfo };

export function listVersionsHandler({ ctx }: { ctx: Ctx }): Promise<IndexVersionSummary[]> {
  return indexVersionSummaries(ctx.services.prisma, ctx.store.id);
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
