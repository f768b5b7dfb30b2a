// The per-store summaries that requests read instead of scanning the catalog: attributes (facets,
// filters) and brands (suggestions). Both are full scans, refreshed together after an import.
import type { PrismaClient } from '@shopsearch/db';
import { ensureAttributeSummary, refreshAttributeSummary } from './attributeCatalog.ts';
import { refreshBrandSummary } from './brandSummary.ts';

export async function refreshStoreSummaries(prisma: PrismaClient, storeId: number): Promise<void> {
  await refreshAttributeSummary(prisma, storeId);
  await refreshBrandSummary(prisma, storeId);
}

/** Computes whichever summary was never computed for a store whose products need it. */
export async function ensureStoreSummaries(prisma: PrismaClient, storeId: number): Promise<void> {
  await ensureAttributeSummary(prisma, storeId);
  if (await prisma.storeBrand.findFirst({ where: { storeId }, select: { brand: true } })) return;
  const branded = await prisma.product.findFirst({
    where: { storeId, brand: { not: '' } },
    select: { id: true },
  });
  if (branded) await refreshBrandSummary(prisma, storeId);
}
