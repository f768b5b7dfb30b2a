// The per-store summaries that requests read instead of scanning the catalog: attributes (facets,
// filters) and brands (suggestions). Both are full scans, refreshed together after an import.
import type { PrismaClient } from '@shopsearch/db';
import { refreshAttributeSummary } from './attributeCatalog.ts';
import { refreshBrandSummary } from './brandSummary.ts';

export async function refreshStoreSummaries(prisma: PrismaClient, storeId: number): Promise<void> {
  await refreshAttributeSummary(prisma, storeId);
  await refreshBrandSummary(prisma, storeId);
}
