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
 * The store's attributes, most widespread first, from the summary the catalog import keeps
 * (computed once here if the store has products but no summary yet).
 */
export async function describeAttributes(
  prisma: PrismaClient,
  storeId: number,
): Promise<AttributeInfo[]> {
  const read = () =>
    prisma.storeAttribute.findMany({
      where: { storeId },
      orderBy: [{ products: 'desc' }, { name: 'asc' }],
    });
  let rows = await read();
  if (rows.length === 0 && (await prisma.product.count({ where: { storeId }, take: 1 })) > 0) {
    await refreshAttributeSummary(prisma, storeId);
    rows = await read();
  }
  return rows.map((r) => ({
    name: r.name,
    kind: r.kind as AttributeKind,
    products: r.products,
    distinctValues: r.distinctValues,
  }));
}

/**
 * Recomputes the store's attribute summary from its products (a full scan of their attributes:
 * run it after imports, not per request). A name holding values of several kinds keeps its most
 * common kind.
 */
export async function refreshAttributeSummary(
  prisma: PrismaClient,
  storeId: number,
): Promise<void> {
  await prisma.$transaction([
    prisma.storeAttribute.deleteMany({ where: { storeId } }),
    prisma.$executeRaw`
      INSERT INTO store_attribute (store_id, name, kind, products, distinct_values)
      SELECT DISTINCT ON (name) ${storeId}, name, kind, products, distinct_values
      FROM (
        SELECT a.key AS name,
               CASE jsonb_typeof(a.value) WHEN 'number' THEN 'numeric' WHEN 'boolean' THEN 'boolean' ELSE 'text' END AS kind,
               count(*)::int AS products,
               count(DISTINCT CASE WHEN jsonb_typeof(a.value) <> 'number' THEN a.value END)::int AS distinct_values
        FROM product p, jsonb_each(p.attributes) a
        WHERE p.store_id = ${storeId} AND jsonb_typeof(a.value) IN ('string', 'number', 'boolean')
        GROUP BY 1, 2
      ) per_kind
      ORDER BY name, products DESC`,
  ]);
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
