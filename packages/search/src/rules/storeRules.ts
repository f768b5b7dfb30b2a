// A store's merchandising rules, read from its search settings (table store_rule) in the shape
// search applies; searches read them through SearchCaches' per-store cache.
import type { PrismaClient } from '@shopsearch/db';
import type { SearchFilters } from '../retrieval.ts';
import type { MerchandisingRule, RuleAction } from './merchandisingRule.ts';

type StoredRule = Awaited<ReturnType<PrismaClient['storeRule']['findMany']>>[number];
/** A stored row, or a pending one (a preview's) whose filter is not JSON-typed yet. */
type RuleRow = Omit<StoredRule, 'storeId' | 'createdAt' | 'updatedAt' | 'filter'> & {
  filter: unknown;
};

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
    action: toAction(row),
    enabled: row.enabled,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
  };
}

function toAction(row: RuleRow): RuleAction {
  switch (row.action) {
    case 'pin':
      return { kind: 'pin', productId: row.productId ?? '', position: row.position ?? 1 };
    case 'hide':
      return { kind: 'hide', productId: row.productId ?? '' };
    case 'boost':
      return {
        kind: 'boost',
        filter: (row.filter ?? {}) as SearchFilters,
        factor: row.factor ?? 1,
      };
  }
}
