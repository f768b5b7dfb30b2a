// platform.stores / platform.createStore: every store with its size and people, and new stores
// (validated by the catalog package, which owns what a store is).
import { createStore } from '@shopsearch/catalog';
import { storeSummaries, type StoreSummary } from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';
import type { TCreateStoreInputSchema } from './platform.schema.ts';

export function listStoresHandler({ ctx }: { ctx: ApiContext }): Promise<StoreSummary[]> {
  return storeSummaries(ctx.services.prisma);
}

export async function createStoreHandler({
  ctx,
  input,
}: {
  ctx: ApiContext;
  input: TCreateStoreInputSchema;
}): Promise<{ slug: string }> {
  const store = await createStore({ prisma: ctx.services.prisma }, input);
  // A lookup of this slug before it existed may be cached as "no such store".
  ctx.services.stores.invalidate(store.slug);
  return { slug: store.slug };
}
