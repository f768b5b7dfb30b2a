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

/**
 * The store's attributes, most widespread first, from the summary kept by imports and re-index
 * jobs (`refreshAttributeSummary`). Reads only the summary: it runs per request and per job, and
 * must not scan the catalog.
 */
export async function describeAttributes(
  prisma: PrismaClient,
  storeId: number,
): Promise<AttributeInfo[]> {
  const rows = await prisma.storeAttribute.findMany({
    where: { storeId },
    orderBy: [{ products: 'desc' }, { name: 'asc' }],
  });
  return rows.map((r) => ({
    name: r.name,
    kind: r.kind as AttributeKind,
    products: r.products,
    distinctValues: r.distinctValues,
  }));
}

/**
 * Recomputes the store's attribute summary from its products: a full scan of their attributes,
 * so it runs once after an import or at the start of a re-index job, never per request or per
 * batch. One statement computes the new rows, upserts them and deletes names no product has any
 * more: atomic on its own, so it needs no transaction around it (Prisma's interactive ones give
 * up after 5 s, which a large catalog's scan exceeds). A name holding values of several kinds
 * keeps its most common kind.
 */
export async function refreshAttributeSummary(
  prisma: PrismaClient,
  storeId: number,
): Promise<void> {
  await prisma.$executeRaw`
    WITH fresh AS (
      SELECT DISTINCT ON (name) name, kind, products, distinct_values
      FROM (
        SELECT a.key AS name,
               CASE jsonb_typeof(a.value) WHEN 'number' THEN 'numeric' WHEN 'boolean' THEN 'boolean' ELSE 'text' END AS kind,
               count(*)::int AS products,
               count(DISTINCT CASE WHEN jsonb_typeof(a.value) <> 'number' THEN a.value END)::int AS distinct_values
        FROM product p, jsonb_each(p.attributes) a
        WHERE p.store_id = ${storeId} AND jsonb_typeof(a.value) IN ('string', 'number', 'boolean')
        GROUP BY 1, 2
      ) per_kind
      ORDER BY name, products DESC
    ),
    gone AS (
      DELETE FROM store_attribute s
      WHERE s.store_id = ${storeId} AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.name = s.name)
    )
    INSERT INTO store_attribute (store_id, name, kind, products, distinct_values, updated_at)
    SELECT ${storeId}, name, kind, products, distinct_values, now() FROM fresh
    ON CONFLICT (store_id, name) DO UPDATE
    SET kind = EXCLUDED.kind, products = EXCLUDED.products,
        distinct_values = EXCLUDED.distinct_values, updated_at = EXCLUDED.updated_at`;
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
