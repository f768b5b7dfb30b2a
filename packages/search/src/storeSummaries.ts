// The per-store summaries that requests read instead of scanning the catalog: attributes (facets,
// filters), product types (type intent) and brands (suggestions). Each is a full scan, so they
// are refreshed together after an import, and computed at a re-index when a store never had them.
import type { Prisma, PrismaClient } from '@shopsearch/db';
import { refreshAttributeSummary } from './attributeCatalog.ts';
import { refreshBrandSummary } from './brandSummary.ts';
import { refreshProductTypes } from './productTypes/catalogTypes.ts';

export async function refreshStoreSummaries(prisma: PrismaClient, storeId: number): Promise<void> {
  await refreshAttributeSummary(prisma, storeId);
  await refreshProductTypes(prisma, storeId);
  await refreshBrandSummary(prisma, storeId);
}

/**
 * Computes what was never computed for a store whose products need it (products written without
 * an import): all summaries when it has none, else the brands when a product has one. A full
 * scan, once, at the start of a re-index job.
 */
export async function ensureStoreSummaries(prisma: PrismaClient, storeId: number): Promise<void> {
  const products = (where: Prisma.ProductWhereInput) =>
    prisma.product.findFirst({ where: { storeId, ...where }, select: { id: true } });
  if (!(await prisma.storeAttribute.findFirst({ where: { storeId }, select: { name: true } }))) {
    if (await products({})) await refreshStoreSummaries(prisma, storeId);
    return;
  }
  if (await prisma.storeBrand.findFirst({ where: { storeId }, select: { brand: true } })) return;
  if (await products({ brand: { not: '' } })) await refreshBrandSummary(prisma, storeId);
}
