// Stores as the platform administrator sees them: every store with its size and people.
import { listStores } from '@shopsearch/catalog';
import type { PrismaClient } from '@shopsearch/db';

export interface StoreSummary {
  slug: string;
  name: string;
  currency: string;
  productCount: number;
  memberCount: number;
  createdAt: Date;
}

export async function storeSummaries(prisma: PrismaClient): Promise<StoreSummary[]> {
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
