// A store's merchandising rules, read from its search settings (table store_rule) in the shape
// search applies; searches read them through SearchCaches' per-store cache.
import type { PrismaClient } from '@shopsearch/db';
import type { MerchandisingRule } from './merchandisingRule.ts';

type RuleRow = Awaited<ReturnType<PrismaClient['storeRule']['findMany']>>[number];

export async function loadRules(
  prisma: PrismaClient,
  storeId: number,
): Promise<MerchandisingRule[]> {
  const rows = await prisma.storeRule.findMany({ where: { storeId }, orderBy: { id: 'asc' } });
  return rows.map(toRule);
}

export function toRule(row: RuleRow): MerchandisingRule {
  return {
    id: row.id,
    query: row.query,
    match: row.match,
    action:
      row.action === 'pin'
        ? { kind: 'pin', productId: row.productId, position: row.position ?? 1 }
        : { kind: 'hide', productId: row.productId },
    enabled: row.enabled,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
  };
}
