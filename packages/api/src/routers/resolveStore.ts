import { TRPCError } from '@trpc/server';
import {
  labelAttribute,
  type LabelledAttribute,
  type PlatformServices,
  type StoreInfo,
} from '@shopsearch/platform';

/** The store named in a request, or a NOT_FOUND that names it. */
export async function resolveStore(services: PlatformServices, slug: string): Promise<StoreInfo> {
  const store = await services.stores.bySlug(slug);
  if (!store)
    throw new TRPCError({ code: 'NOT_FOUND', message: `There is no store called "${slug}".` });
  return store;
}

/** What a storefront may know of a store: its name, currency and labelled facet attributes. */
export interface StorePublicInfo {
  slug: string;
  name: string;
  currency: string;
  facetAttributes: LabelledAttribute[];
}

export function storePublicInfo(store: StoreInfo): StorePublicInfo {
  return {
    slug: store.slug,
    name: store.name,
    currency: store.currency,
    facetAttributes: store.facetAttributes.map(labelAttribute),
  };
}
