// platform.stores / platform.createStore: every store with its size and people, and new stores
// (validated by the catalog package, which owns what a store is).
import { createStore, listStores } from '@shopsearch/catalog';
import type { ApiContext } from '../../trpc.ts';
import type { TCreateStoreInputSchema } from './platform.schema.ts';

export interface StoreRow {
  slug: string;
  name: string;
  currency: string;
  productCount: number;
  memberCount: number;
  createdAt: Date;
}

export async function listStoresHandler({ ctx }: { ctx: ApiContext }): Promise<StoreRow[]> {
  const { prisma } = ctx.services;
  const [stores, members] = await Promise.all([
    listStores({ prisma }),
    prisma.store.findMany({
      select: { slug: true, memberships: { select: { userId: true } } },
    }),
  ]);
  const memberCount = new Map(
    members.map((s) => [s.slug, new Set(s.memberships.map((m) => m.userId)).size]),
  );
  return stores.map((s) => ({ ...s, memberCount: memberCount.get(s.slug) ?? 0 }));
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
