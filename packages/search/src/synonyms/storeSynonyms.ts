// A store's synonym lines, read from its search settings (table store_synonym); searches read
// them through SearchCaches' per-store cache.
import type { PrismaClient } from '@shopsearch/db';
import type { SynonymLine } from './synonymList.ts';

export async function loadSynonymLines(
  prisma: PrismaClient,
  storeId: number,
): Promise<SynonymLine[]> {
  const rows = await prisma.storeSynonym.findMany({
    where: { storeId },
    orderBy: { position: 'asc' },
    select: { source: true, terms: true },
  });
  return rows.map((r) => ({ source: r.source, terms: r.terms }));
}
