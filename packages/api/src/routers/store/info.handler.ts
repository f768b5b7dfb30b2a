// store.info: what a storefront needs before its first search: the store's name, its currency
// (to read prices typed in major units) and its facet attributes (to read filters from a URL).
import { labelAttributes, type LabelledAttribute } from '@shopsearch/search';
import type { ApiContext } from '../../trpc.ts';
import { resolveStore } from '../resolveStore.ts';
import type { TStoreInfoInputSchema } from './info.schema.ts';

export interface StorePublicInfo {
  slug: string;
  name: string;
  currency: string;
  facetAttributes: LabelledAttribute[];
}

export async function storeInfoHandler({
  ctx,
  input,
}: {
  ctx: ApiContext;
  input: TStoreInfoInputSchema;
}): Promise<StorePublicInfo> {
  const store = await resolveStore(ctx.services, input.store);
  return {
    slug: store.slug,
    name: store.name,
    currency: store.currency,
    facetAttributes: labelAttributes(store.facetAttributes),
  };
}
