// reindex.options: the models and codecs a merchant can build a new index version with.
import { reindexOptions, type ReindexOptions, type StoreInfo } from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';

export function reindexOptionsHandler({
  ctx,
}: {
  ctx: ApiContext & { store: StoreInfo };
}): Promise<ReindexOptions> {
  return reindexOptions(ctx.services, ctx.store.id);
}
