// store.info: what a storefront needs before its first search: the store's name, its currency
// (to read prices typed in major units) and its facet attributes (to read filters from a URL).
import type { Call } from '../handlerCall.ts';
import { resolveStore, storePublicInfo, type StorePublicInfo } from '../resolveStore.ts';
import type { TStoreInfoInputSchema } from './info.schema.ts';

export async function storeInfoHandler({
  ctx,
  input,
}: Call<TStoreInfoInputSchema>): Promise<StorePublicInfo> {
  return storePublicInfo(await resolveStore(ctx.services, input.store));
}
