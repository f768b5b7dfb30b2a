// Which attributes a store's products carry, of what kind, how widely: the basis for choosing
// facets and for refusing filters on attributes that do not exist.
import type { PrismaClient } from '@shopsearch/db';

export type AttributeKind = 'text' | 'numeric' | 'boolean';

export interface AttributeInfo {
  name: string;
  kind: AttributeKind;
  /** Products that have it. */
  products: number;
  /** Distinct values (text and boolean only; 0 for numeric). */
  distinctValues: number;
}

interface AttributeRow {
  name: string;
  kind: string;
  products: bigint | number;
  distinct_values: bigint | number;
}

export async function describeAttributes(
  prisma: PrismaClient,
  storeId: number,
): Promise<AttributeInfo[]> {
  const rows = await prisma.$queryRaw<AttributeRow[]>`
    SELECT a.key AS name, jsonb_typeof(a.value) AS kind, count(*) AS products,
           count(DISTINCT CASE WHEN jsonb_typeof(a.value) <> 'number' THEN a.value END) AS distinct_values
    FROM product p, jsonb_each(p.attributes) a
    WHERE p.store_id = ${storeId} AND jsonb_typeof(a.value) IN ('string', 'number', 'boolean')
    GROUP BY 1, 2
    ORDER BY 3 DESC, 1`;
  const seen = new Set<string>();
  const out: AttributeInfo[] = [];
  for (const row of rows) {
    // A name holding values of several kinds keeps its most common kind.
    if (seen.has(row.name)) continue;
    seen.add(row.name);
    out.push({
      name: row.name,
      kind: row.kind === 'number' ? 'numeric' : row.kind === 'boolean' ? 'boolean' : 'text',
      products: Number(row.products),
      distinctValues: Number(row.distinct_values),
    });
  }
  return out;
}

/**
 * Facets worth showing when the merchant chose none: widely present, and for text few enough
 * values to pick from. Package and shipping measures are left out: shoppers do not filter on them.
 */
export function pickFacetAttributes(
  attributes: readonly AttributeInfo[],
  count = 8,
): AttributeInfo[] {
  const total = Math.max(...attributes.map((a) => a.products), 1);
  return attributes
    .filter((a) => a.products >= total * 0.02)
    .filter((a) => a.kind !== 'text' || (a.distinctValues >= 2 && a.distinctValues <= 40))
    .filter((a) => !/package|pallet|master|carton|shipping/.test(a.name))
    .slice(0, count);
}
