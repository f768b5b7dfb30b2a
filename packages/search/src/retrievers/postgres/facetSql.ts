// Facet counts over the matching set, each facet counted with every filter except its own, so a
// shopper can widen a multi-select facet after picking one value. One statement for all facets:
// the text match runs once into a materialized set, and every facet aggregates over that. The set
// holds each requested attribute's value, looked up once per product, rather than the whole
// attributes document: each attribute is read by two aggregates and its filter by the others, and
// looking the value up in the JSONB again in each of them (de-TOASTing the large ones each time)
// cost half of the statement (BENCHMARKS.md, "Search at shop traffic"). The document itself is
// read once per product too (`documentsOf`), not once per attribute.
//
// Past a bound, the set is a sample: the first `sampleSize` matches in the order of `hashtext(id)`
// (which does not follow the import's), and counts are scaled to the whole set and marked as
// estimates. The same statement counts the matches for the scale, so a filtered search asks no
// second one. Without the bound the aggregates' cost grew with the matches (~50 µs a match, 9 s
// to browse 200k products); with it, it stays that of the bound.
import { Prisma, type PrismaClient } from '@shopsearch/db';
import type { FacetCounts, FacetRequest, SearchFilters, ValueCount } from '../../retrieval.ts';
import {
  andAll,
  filterConditions,
  fromDocument,
  type AttributeSource,
  type FacetKey,
} from './filterSql.ts';

const MAX_FACET_VALUES = 200;
/** The sampled statement's extra row: how many products match in all. */
const MATCHES_ROW = 'matches';

export interface FacetScope {
  /** The store's products. */
  store: Prisma.Sql;
  /** The statement's own base set: store and text match, no filters. */
  base: Prisma.Sql;
  /** How many products the base set holds, when the caller knows (else counted here). */
  matches: number | undefined;
  /** The most matches counted one by one; beyond it counts are estimated from a sample. */
  sampleSize: number;
}

interface FacetRow {
  facet: string;
  value: string | null;
  count: bigint | number;
  min: number | null;
  max: number | null;
}

export interface CountedFacets {
  counts: FacetCounts;
  /** How many products the base set holds (as given, or counted by the statement). */
  matches: number;
}

export async function countFacets(
  prisma: PrismaClient,
  { store, base, matches, sampleSize }: FacetScope,
  filters: SearchFilters,
  request: FacetRequest,
): Promise<CountedFacets> {
  // In the materialized set, facet attribute i's value is column f<i>; a filter on another
  // attribute reads the attributes document, which the set then carries too.
  const columns = new Map(request.attributes.map((name, i) => [name, `f${i}`]));
  const source: AttributeSource = (name) => {
    const column = columns.get(name);
    if (!column) return fromDocument(name);
    return { json: Prisma.raw(column), text: Prisma.sql`(${Prisma.raw(column)} #>> '{}')` };
  };
  const where = (facet: FacetKey) => andAll(filterConditions(filters, facet, source));
  const needsDocument = Object.keys(filters.attributes ?? {}).some((name) => !columns.has(name));
  const parts: Prisma.Sql[] = [
    valueCounts('brand', Prisma.sql`brand`, where('brand'), Prisma.sql`brand <> ''`),
    valueCounts(
      'availability',
      Prisma.sql`availability::text`,
      where('availability'),
      Prisma.sql`TRUE`,
    ),
    Prisma.sql`(SELECT 'price' AS facet, NULL AS value, count(*) AS count,
      min(price_minor)::float8 AS min, max(price_minor)::float8 AS max
      FROM matches WHERE ${where('price')} AND price_minor IS NOT NULL)`,
  ];
  request.attributes.forEach((name, i) => {
    const key = `attr:${i}`;
    const { json: value, text } = source(name);
    const whereAttr = where(`attr:${name}`);
    parts.push(
      Prisma.sql`(SELECT ${key} AS facet, NULL AS value, count(*) AS count,
        min(${text}::float8) AS min, max(${text}::float8) AS max
        FROM matches WHERE ${whereAttr} AND jsonb_typeof(${value}) = 'number')`,
      valueCounts(
        key,
        text,
        whereAttr,
        Prisma.sql`jsonb_typeof(${value}) IN ('string', 'boolean')`,
      ),
    );
  });
  const selected = [
    Prisma.sql`brand, availability, price_minor`,
    ...request.attributes.map(
      (name, i) => Prisma.sql`attributes -> ${name} AS ${Prisma.raw(`f${i}`)}`,
    ),
    ...(needsDocument ? [Prisma.sql`attributes`] : []),
  ];
  // Known to fit under the bound: every match counted, no sample to draw.
  if (matches !== undefined && matches <= sampleSize) {
    const rows = await prisma.$queryRaw<FacetRow[]>`
      WITH matches AS MATERIALIZED (
        SELECT ${Prisma.join(selected, ', ')} FROM ${documentsOf(base)})
      ${Prisma.join(parts, ' UNION ALL ')}`;
    return { counts: toFacetCounts(rows, request, 1), matches };
  }
  // The sample is read back by id alone: its products match already, and the text condition,
  // evaluated again, read each one's tsvector again.
  const rows = await prisma.$queryRaw<FacetRow[]>`
    WITH picked AS MATERIALIZED (
      SELECT id, count(*) OVER () AS total FROM product WHERE ${base}
      ORDER BY hashtext(id) LIMIT ${sampleSize}),
    matches AS MATERIALIZED (
      SELECT ${Prisma.join(selected, ', ')}
      FROM ${documentsOf(andAll([store, Prisma.sql`id IN (SELECT id FROM picked)`]))})
    ${Prisma.join(parts, ' UNION ALL ')}
    UNION ALL (SELECT ${MATCHES_ROW} AS facet, NULL AS value, coalesce(max(total), 0) AS count,
      NULL::float8 AS min, NULL::float8 AS max FROM picked)`;
  const total = Number(rows.find((r) => r.facet === MATCHES_ROW)?.count ?? 0);
  const counted = Math.min(total, sampleSize);
  return {
    counts: toFacetCounts(rows, request, counted > 0 ? total / counted : 1),
    matches: total,
  };
}

/**
 * The products `where` selects, each with its attributes document decompressed once, for the
 * set's columns to look their attributes up in. Read straight from the table, every `->` fetched
 * and decompressed a compressed or out-of-line document again: half of the sampled statement's
 * time (BENCHMARKS.md, "Where PostgreSQL's CPU goes"). `'{}' || attributes` is the document itself
 * (jsonb concatenation hands back its other operand when one is an empty object), but a value in
 * memory; OFFSET 0 keeps the subquery apart, so the planner does not copy the expression into
 * each column that reads it.
 */
function documentsOf(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT brand, availability, price_minor, '{}'::jsonb || attributes AS attributes
    FROM product WHERE ${where} OFFSET 0) AS product`;
}

function valueCounts(
  facet: string,
  value: Prisma.Sql,
  where: Prisma.Sql,
  present: Prisma.Sql,
): Prisma.Sql {
  return Prisma.sql`(SELECT ${facet} AS facet, ${value} AS value, count(*) AS count,
    NULL::float8 AS min, NULL::float8 AS max
    FROM matches WHERE ${where} AND ${present}
    GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ${MAX_FACET_VALUES})`;
}

/** `scale` is matches per sampled match: 1 when every match was counted. */
function toFacetCounts(rows: FacetRow[], request: FacetRequest, scale: number): FacetCounts {
  const counts = new Map<string, ValueCount[]>();
  const ranges = new Map<string, { min: number; max: number }>();
  for (const row of rows) {
    if (row.value !== null) {
      const list = counts.get(row.facet) ?? [];
      list.push({ value: row.value, count: Math.round(Number(row.count) * scale) });
      counts.set(row.facet, list);
    } else if (row.min !== null && row.max !== null && Number(row.count) > 0) {
      ranges.set(row.facet, { min: Number(row.min), max: Number(row.max) });
    }
  }
  const attributes: FacetCounts['attributes'] = {};
  request.attributes.forEach((name, i) => {
    const values = counts.get(`attr:${i}`);
    const range = ranges.get(`attr:${i}`);
    if (values?.length) attributes[name] = values;
    else if (range) attributes[name] = range;
  });
  return {
    brand: counts.get('brand') ?? [],
    availability: counts.get('availability') ?? [],
    price: ranges.get('price') ?? null,
    attributes,
    exhaustive: scale === 1,
  };
}
