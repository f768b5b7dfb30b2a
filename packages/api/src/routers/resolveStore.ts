import { TRPCError } from '@trpc/server';
import type { PlatformServices, StoreInfo } from '@shopsearch/platform';

/** The store named in a request, or a NOT_FOUND that names it. */
export async function resolveStore(services: PlatformServices, slug: string): Promise<StoreInfo> {
  const store = await services.stores.bySlug(slug);
  if (!store)
    throw new TRPCError({ code: 'NOT_FOUND', message: `There is no store called "${slug}".` });
  return store;
}
