// searchSettings.synonyms / saveSynonyms: the store's synonym lines as the merchant edits them.
import { getSynonyms, saveSynonyms, type StoreSynonyms } from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type { TSaveSynonymsInputSchema } from './saveSynonyms.schema.ts';

export function synonymsHandler({ ctx }: StoreCall): Promise<StoreSynonyms> {
  return getSynonyms(ctx.services, ctx.store.id);
}

/** Replaces the list; a refused list is a BAD_REQUEST naming each line, and nothing is saved. */
export function saveSynonymsHandler({
  ctx,
  input,
}: StoreCall<TSaveSynonymsInputSchema>): Promise<StoreSynonyms> {
  return saveSynonyms(ctx.services, ctx.store.id, input.text);
}
