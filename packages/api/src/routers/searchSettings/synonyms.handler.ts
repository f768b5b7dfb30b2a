// searchSettings.synonyms: the store's synonym lines as the merchant edits them.
import { getSynonyms, type StoreInfo, type StoreSynonyms } from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';

export function synonymsHandler({
  ctx,
}: {
  ctx: ApiContext & { store: StoreInfo };
}): Promise<StoreSynonyms> {
  return getSynonyms(ctx.services, ctx.store.id);
}
