// A store's product types as its catalog names them: the values of its type attributes that
// enough products carry ("Notebook" on 193 Icecat products, "Processor" on 461). Searches read
// them to tell a query that names one of them from a query whose word means one (typeIntent.ts).
// Finding them scans every product's attributes (~0.35 s at 19.4k products on PostgreSQL), so
// they are kept in store_product_type, refreshed with the store's other summaries after an import
// (storeSummaries.ts), and searches read that small table.
import type { PrismaClient, SqlReader } from '@shopsearch/db';
import { queryWords } from '../retrievers/postgres/textQuery.ts';

/** The attributes that name what a product is, where the catalog has them (Icecat's). */
export const PRODUCT_TYPE_ATTRIBUTES = ['attr_t_product_type', 'attr_t_type'] as const;

export const CATALOG_TYPE_LIMITS = {
  /** Products a value needs to count as a type (fewer: a one-off label, not a kind of product). */
  minProducts: 5,
  /** Types a search compares the query with, most common first (bounds its work). */
  maxTypes: 1000,
} as const;

export interface CatalogTypes {
  /** The types as the catalog writes them, most common first. */
  labels: readonly string[];
  /** Per type, the attribute that names it on most of its products. */
  attributes: readonly string[];
  /** Per type, its words as search words ("network", "interface", "card"). */
  words: readonly (readonly string[])[];
  /** Each type's last word of two letters or more: what it names ("card", "notebook", "pc"). */
  heads: ReadonlySet<string>;
}

/**
 * Recomputes the store's types from its products: a full scan, so it runs with the store's other
 * summaries (after an import), never per request. One statement, atomic on its own, as theirs.
 */
export async function refreshProductTypes(prisma: PrismaClient, storeId: number): Promise<void> {
  const [productType, type] = PRODUCT_TYPE_ATTRIBUTES;
  await prisma.$executeRaw`
    WITH fresh AS (
      SELECT t.name AS attribute, t.value, count(*)::int AS products
      FROM product p,
        LATERAL (VALUES (${productType}::text, p.attributes ->> ${productType}::text),
                        (${type}::text, p.attributes ->> ${type}::text)) AS t(name, value)
      WHERE p.store_id = ${storeId} AND t.value IS NOT NULL
      GROUP BY t.name, t.value
      HAVING count(*) >= ${CATALOG_TYPE_LIMITS.minProducts}
    ),
    gone AS (
      DELETE FROM store_product_type s
      WHERE s.store_id = ${storeId} AND NOT EXISTS (
        SELECT 1 FROM fresh f WHERE f.attribute = s.attribute AND f.value = s.value)
    )
    INSERT INTO store_product_type (store_id, attribute, value, products)
    SELECT ${storeId}, attribute, value, products FROM fresh
    ON CONFLICT (store_id, attribute, value) DO UPDATE SET products = EXCLUDED.products`;
}

const TYPES_SQL = `SELECT attribute, value AS label FROM store_product_type WHERE store_id = $1
  ORDER BY products DESC, value, attribute LIMIT $2`;

/** The store's kept types (none until its first import or re-index after this table came). */
export async function loadCatalogTypes(reader: SqlReader, storeId: number): Promise<CatalogTypes> {
  const rows = await reader.query<{ attribute: string; label: string }>(TYPES_SQL, [
    storeId,
    CATALOG_TYPE_LIMITS.maxTypes,
  ]);
  return catalogTypesOf(rows);
}

/** A value with a letter in it names a type; "1" and "16" do not. */
const HAS_LETTER = /\p{L}/u;
/** Letters only, two or more ("2-in-1" ends in no such word). */
const HEAD_WORD = /^\p{L}{2,}$/u;

/** The types of (attribute, value) rows, most common first. */
export function catalogTypesOf(
  rows: readonly { attribute: string; label: string }[],
): CatalogTypes {
  // A type both attributes name keeps the one naming it on more products (it comes first).
  const byLabel = new Map<string, string>();
  for (const r of rows) {
    const label = r.label.trim();
    if (HAS_LETTER.test(label) && !byLabel.has(label)) byLabel.set(label, r.attribute);
  }
  const labels = [...byLabel.keys()];
  const words = labels.map((l) => queryWords(l).filter((w) => HEAD_WORD.test(w)));
  return {
    labels,
    attributes: [...byLabel.values()],
    words,
    heads: new Set(words.flatMap((w) => w.slice(-1))),
  };
}

/** Whether a product's type attributes name `label`. */
export function isOfType(attributes: unknown, label: string): boolean {
  if (!attributes || typeof attributes !== 'object') return false;
  const values = attributes as Record<string, unknown>;
  return PRODUCT_TYPE_ATTRIBUTES.some(
    (name) => typeof values[name] === 'string' && (values[name] as string).trim() === label,
  );
}
