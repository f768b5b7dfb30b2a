// Typed filters → SQL conditions. Every value travels as a bind parameter; attribute names are
// parameters too (`attributes -> $n`), so nothing a shopper sends is spliced into SQL text.
import { Prisma } from '@shopsearch/db';
import type { AttributeFilter, SearchFilters } from '../../retrieval.ts';

/** A facet whose own filter is left out when counting it (disjunctive faceting). */
export type FacetKey = 'brand' | 'availability' | 'price' | `attr:${string}`;

/** Where an attribute's value is read: its JSONB value and that value as text. */
export type AttributeSource = (name: string) => { json: Prisma.Sql; text: Prisma.Sql };

/** From the product's attributes document. */
export const fromDocument: AttributeSource = (name) => ({
  json: Prisma.sql`attributes -> ${name}`,
  text: Prisma.sql`attributes ->> ${name}`,
});

export function filterConditions(
  filters: SearchFilters,
  except?: FacetKey,
  source: AttributeSource = fromDocument,
): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.brands?.length && except !== 'brand') {
    conditions.push(Prisma.sql`brand = ANY(${filters.brands})`);
  }
  if (filters.availability?.length && except !== 'availability') {
    conditions.push(Prisma.sql`availability::text = ANY(${filters.availability})`);
  }
  if (filters.price && except !== 'price') {
    const { min, max } = filters.price;
    // As bigint: a bound past the 32-bit column (a shopper's "up to 99,999,999.00") must compare,
    // not fail the query; int4 against int8 still uses the price index.
    if (min !== undefined) conditions.push(Prisma.sql`price_minor >= ${min}::bigint`);
    if (max !== undefined) conditions.push(Prisma.sql`price_minor <= ${max}::bigint`);
  }
  for (const [name, filter] of Object.entries(filters.attributes ?? {})) {
    if (except === `attr:${name}`) continue;
    conditions.push(...attributeConditions(source(name), filter));
  }
  return conditions;
}

function attributeConditions(
  { json, text }: ReturnType<AttributeSource>,
  filter: AttributeFilter,
): Prisma.Sql[] {
  switch (filter.kind) {
    case 'text':
      return [Prisma.sql`${text} = ANY(${filter.anyOf})`];
    case 'boolean':
      return [Prisma.sql`${json} = to_jsonb(${filter.value}::boolean)`];
    case 'numeric': {
      // The CASE guards the cast: a text value under a numeric name must not abort the query.
      const value = Prisma.sql`(CASE WHEN jsonb_typeof(${json}) = 'number'
        THEN (${text})::float8 END)`;
      const out: Prisma.Sql[] = [Prisma.sql`${value} IS NOT NULL`];
      if (filter.range.min !== undefined) out.push(Prisma.sql`${value} >= ${filter.range.min}`);
      if (filter.range.max !== undefined) out.push(Prisma.sql`${value} <= ${filter.range.max}`);
      return out;
    }
  }
}

export function andAll(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`;
}
