// Index versions of a store: list them (with their size), retire one that is not serving, and
// delete retired versions' rows; and cancelling a job.
import {
  cancelReindexJob,
  deleteRetiredIndexVersions,
  indexVersionSummaries,
  retireIndexVersion,
  type IndexVersionSummary,
  type StoreInfo,
} from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';

type Ctx = ApiContext & { store: StoreInfo };

export function listVersionsHandler({ ctx }: { ctx: Ctx }): Promise<IndexVersionSummary[]> {
  return indexVersionSummaries(ctx.services, ctx.store.id);
}

export async function retireVersionHandler({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { versionId: number };
}) {
  await retireIndexVersion(ctx.services, ctx.store.id, input.versionId);
  return { retired: input.versionId };
}

export async function deleteRetiredHandler({ ctx }: { ctx: Ctx }) {
  return { deleted: await deleteRetiredIndexVersions(ctx.services, ctx.store.id) };
}

export async function cancelJobHandler({ ctx, input }: { ctx: Ctx; input: { jobId: number } }) {
  await cancelReindexJob(ctx.services, ctx.store.id, input.jobId);
  return { cancelling: input.jobId };
}
