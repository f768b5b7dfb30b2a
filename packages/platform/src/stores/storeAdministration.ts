// Stores as the platform administrator sees them: every store with its size and people, and new
// stores (validated by the catalog package, which owns what a store is).
import { createStore, listStores, type NewStore } from '@shopsearch/catalog';
import type { DatabaseDeps } from '../databaseDeps.ts';
import type { StoreDirectory } from './storeDirectory.ts';

export interface StoreSummary {
  slug: string;
  name: string;
  currency: string;
  productCount: number;
  memberCount: number;
  createdAt: Date;
}

export async function storeSummaries({ prisma }: DatabaseDeps): Promise<StoreSummary[]> {
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

/** Creates the store (StoreExistsError when the slug is taken); returns its slug. */
export async function addStore(
  deps: DatabaseDeps & { stores: StoreDirectory },
  store: NewStore,
): Promise<{ slug: string }> {
  const { slug } = await createStore({ prisma: deps.prisma }, store);
  // A lookup of this slug before it existed may be cached as "no such store".
  deps.stores.invalidate(slug);
  return { slug };
}
