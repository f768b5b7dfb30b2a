// Candidates by meaning (ColBERT's end-to-end retrieval, for a static model): the products of the
// index version that hold a word near a query word ("notebook" for "laptop") and none of the
// query's own tokens, found through the GIN index on product_embedding.token_ids (the per-store
// inverted lists), best approximate score first, at most `limit`. The request's filters are the
// PostgreSQL first stage's own conditions on the product row: both first stages keep the catalog
// in PostgreSQL, so a meaning candidate passes exactly the filters a word match must pass.
import { Prisma, type PrismaClient } from '@shopsearch/db';
import { roundSimilarity } from '../explanations.ts';
import type { QueryWordNeighbours } from '../reranker.ts';
import { hasFilters, type SearchFilters } from '../retrieval.ts';
import { andAll, filterConditions } from '../retrievers/postgres/filterSql.ts';
import type { MeaningMatch } from '../searchTypes.ts';

export interface MeaningLookup {
  storeId: number;
  versionId: number;
  filters: SearchFilters;
  words: readonly QueryWordNeighbours[];
  limit: number;
}

export interface MeaningCandidate {
  productId: string;
  /** Per query word it holds a neighbour of, the nearest neighbour held. */
  matches: MeaningMatch[];
}

interface MeaningRow {
  product_id: string;
  token_ids: number[];
}

export async function findByMeaning(
  prisma: PrismaClient,
  lookup: MeaningLookup,
): Promise<MeaningCandidate[]> {
  const near = lookup.words.filter((w) => w.neighbours.length);
  if (near.length === 0 || lookup.limit <= 0) return [];
  const nearIds = [...new Set(near.flatMap((w) => w.neighbours.map((n) => n.id)))];
  const ownIds = [...new Set(lookup.words.map((w) => w.id))];
  // Taken in turns by the nearest neighbour a product holds, best approximate score first within
  // each: a common neighbour ("computer", 252 products) must not fill every place before a rarer
  // one of the same cosine ("notebook") gets any.
  const rows = await prisma.$queryRaw<MeaningRow[]>`
    SELECT product_id, token_ids FROM (
      SELECT e.product_id, e.token_ids, ${approximateScore(near)} AS approximate,
        row_number() OVER (PARTITION BY ${nearestHeld(near)}
          ORDER BY ${approximateScore(near)} DESC, e.product_id) AS turn
      FROM product_embedding e
      WHERE e.index_version_id = ${lookup.versionId} AND e.store_id = ${lookup.storeId}
        AND e.token_ids && ${nearIds}::int[] AND NOT (e.token_ids && ${ownIds}::int[])
        AND ${passesFilters(lookup.filters)}
    ) found
    ORDER BY turn, approximate DESC, product_id
    LIMIT ${lookup.limit}`;
  return rows.map((r) => ({ productId: r.product_id, matches: meaningMatches(near, r.token_ids) }));
}

/**
 * The product row passes the filters. Without filters the row is not read at all (a product
 * deleted since the last index is left out when its page loads, as any candidate is): joining
 * the product table made the planner scan all of it, ~7 ms of 19,406 rows.
 */
function passesFilters(filters: SearchFilters): Prisma.Sql {
  if (!hasFilters(filters)) return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM product p WHERE p.store_id = e.store_id
    AND p.id = e.product_id AND ${andAll(filterConditions(filters))})`;
}

/**
 * Σ over query words of weight × the cosine of the nearest neighbour the product holds: MaxSim
 * over the neighbour lists alone, which picks the `limit` products exact MaxSim then scores.
 * Neighbours come best first, so the first one a CASE finds is the nearest.
 */
function approximateScore(words: readonly QueryWordNeighbours[]): Prisma.Sql {
  const terms = words.map((w) => {
    const arms = w.neighbours.map(
      (n) => Prisma.sql`WHEN e.token_ids && ARRAY[${n.id}::int] THEN ${n.cosine}::float8`,
    );
    return Prisma.sql`${w.weight}::float8 * (CASE ${Prisma.join(arms, ' ')} ELSE 0 END)`;
  });
  return Prisma.join(terms, ' + ');
}

/** The id of the nearest neighbour (of any query word) the product holds. */
function nearestHeld(words: readonly QueryWordNeighbours[]): Prisma.Sql {
  const byCosine = words.flatMap((w) => w.neighbours).sort((a, b) => b.cosine - a.cosine);
  const arms = byCosine.map(
    (n) => Prisma.sql`WHEN e.token_ids && ARRAY[${n.id}::int] THEN ${n.id}`,
  );
  return Prisma.sql`CASE ${Prisma.join(arms, ' ')} END`;
}

/** Per query word, the nearest of its neighbours among `tokenIds`. */
export function meaningMatches(
  words: readonly QueryWordNeighbours[],
  tokenIds: readonly number[],
): MeaningMatch[] {
  const held = new Set(tokenIds);
  return words.flatMap((w) => {
    const nearest = w.neighbours.find((n) => held.has(n.id));
    return nearest
      ? [
          {
            queryWord: w.text,
            productWord: nearest.text,
            similarity: roundSimilarity(nearest.cosine),
          },
        ]
      : [];
  });
}
