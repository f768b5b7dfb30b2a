// Index versions of a store: what a new one can be built with, the versions (with their size),
// retiring one that is not serving, and deleting retired versions' rows.
import {
  deleteRetiredIndexVersions,
  indexVersionSummaries,
  reindexOptions,
  retireIndexVersion,
  type IndexVersionSummary,
  type ReindexOptions,
} from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';

/** reindex.options: the models and codecs a merchant can build a new index version with. */
export function reindexOptionsHandler({ ctx }: StoreCall): Promise<ReindexOptions> {
  return reindexOptions(ctx.services, ctx.store.id);
}

export function listVersionsHandler({ ctx }: StoreCall): Promise<IndexVersionSummary[]> {
  return indexVersionSummaries(ctx.services, ctx.store.id);
}

export async function retireVersionHandler({ ctx, input }: StoreCall<{ versionId: number }>) {
  await retireIndexVersion(ctx.services, ctx.store.id, input.versionId);
  return { retired: input.versionId };
}

export async function deleteRetiredHandler({ ctx }: StoreCall) {
  return { deleted: await deleteRetiredIndexVersions(ctx.services, ctx.store.id) };
}
