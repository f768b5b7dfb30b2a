// searchSettings.saveSynonyms: replaces the store's synonyms (the platform's saveSynonyms); a
// refused list is a BAD_REQUEST naming each line, and nothing is saved.
import { saveSynonyms, type StoreInfo, type StoreSynonyms } from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';
import type { TSaveSynonymsInputSchema } from './saveSynonyms.schema.ts';

export function saveSynonymsHandler({
  ctx,
  input,
}: {
  ctx: ApiContext & { store: StoreInfo };
  input: TSaveSynonymsInputSchema;
}): Promise<StoreSynonyms> {
  return saveSynonyms(ctx.services, ctx.store.id, input.text);
}
