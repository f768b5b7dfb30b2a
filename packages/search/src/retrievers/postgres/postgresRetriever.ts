// The embedded first stage: PostgreSQL full-text search over the product table's generated,
// weighted tsvector, with trigram fallback for typos. Runs the same on PGlite and PostgreSQL.
import { escapeLike, Prisma, type PrismaClient } from '@shopsearch/db';
import {
  hasFilters,
  type RetrieveRequest,
  type RetrieveResult,
  type Retriever,
  type SortOrder,
  type Suggestion,
} from '../../retrieval.ts';
import { countFacets } from './facetSql.ts';
import { andAll, filterConditions } from './filterSql.ts';
import { queryWords, tsquerySource } from './textQuery.ts';
import { browseMatch, textMatches, type TextMatch } from './textMatch.ts';

interface CandidateRow {
  id: string;
  rank: number;
  total: bigint | number;
}

export interface PostgresRetrieverOptions {
  /** Matches counted one by one for facets; past it, counts are estimated from this many. */
  facetSampleSize?: number;
}

/** Large enough for a sample's estimates to order values as the full counts do (BENCHMARKS.md). */
const FACET_SAMPLE_SIZE = 2_000;

export class PostgresRetriever implements Retriever {
  readonly name = 'postgres';
  readonly #prisma: PrismaClient;
  readonly #facetSampleSize: number;

  constructor(prisma: PrismaClient, options: PostgresRetrieverOptions = {}) {
    this.#prisma = prisma;
    this.#facetSampleSize = options.facetSampleSize ?? FACET_SAMPLE_SIZE;
  }

  async retrieve(request: RetrieveRequest): Promise<RetrieveResult> {
    const strategies = request.text.trim()
      ? textMatches(request.text, request.sort, request.synonyms)
      : [browseMatch()];
    for (const match of strategies) {
      const result = await this.#retrieveWith(match, request);
      if (result.total > 0) return result;
    }
    return { candidates: [], total: 0, facets: null, match: 'none' };
  }

  async #retrieveWith(match: TextMatch, request: RetrieveRequest): Promise<RetrieveResult> {
    const store = Prisma.sql`store_id = ${request.storeId}`;
    const base = andAll([store, match.condition]);
    const where = andAll([base, ...filterConditions(request.filters)]);
    const rows = await this.#prisma.$queryRaw<CandidateRow[]>`
      SELECT id, ${match.rank}::float8 AS rank, count(*) OVER () AS total
      FROM product WHERE ${where}
      ORDER BY ${orderBy(request.sort)}
      LIMIT ${request.limit} OFFSET ${request.offset}`;
    let total = rows.length ? Number(rows[0]!.total) : 0;
    if (rows.length === 0 && request.offset > 0) total = await this.#count(where);
    if (total === 0) return { candidates: [], total: 0, facets: null, match: 'none' };
    const facets = request.facets
      ? await countFacets(
          this.#prisma,
          {
            base,
            // With filters, the total counts fewer products than the facets' base set.
            matches: hasFilters(request.filters) ? undefined : total,
            sampleSize: this.#facetSampleSize,
          },
          request.filters,
          request.facets,
        )
      : null;
    return {
      candidates: rows.map((r) => ({ productId: r.id, score: Number(r.rank) })),
      total,
      facets,
      match: match.kind,
    };
  }

  async #count(where: Prisma.Sql): Promise<number> {
    const [row] = await this.#prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM product WHERE ${where}`;
    return Number(row?.n ?? 0);
  }

  async suggest(storeId: number, prefix: string, limit: number): Promise<Suggestion[]> {
    const words = queryWords(prefix);
    if (words.length === 0 || limit <= 0) return [];
    const brandPattern = `${escapeLike(words.join(' '))}%`;
    // ILIKE rather than lower(brand) LIKE: the brand's trigram index serves it.
    const brands = await this.#prisma.$queryRaw<{ brand: string }[]>`
      SELECT brand FROM product WHERE store_id = ${storeId} AND brand ILIKE ${brandPattern}
      GROUP BY brand ORDER BY count(*) DESC, brand LIMIT ${Math.min(3, limit)}`;
    const query = Prisma.sql`to_tsquery('english', ${tsquerySource(words, '&', true)})`;
    const products = await this.#prisma.$queryRaw<{ id: string; title: string }[]>`
      SELECT id, title FROM product
      WHERE store_id = ${storeId} AND search_vector @@ ${query}
      ORDER BY ts_rank(search_vector, ${query}) DESC, id
      LIMIT ${limit - brands.length}`;
    return [
      ...brands.map((b): Suggestion => ({ text: b.brand, kind: 'brand' })),
      ...products.map((p): Suggestion => ({ text: p.title, kind: 'product', productId: p.id })),
    ];
  }
}

function orderBy(sort: SortOrder): Prisma.Sql {
  switch (sort) {
    case 'relevance':
      return Prisma.sql`rank DESC, released_at DESC NULLS LAST, id`;
    case 'price_asc':
      return Prisma.sql`price_minor ASC NULLS LAST, id`;
    case 'price_desc':
      return Prisma.sql`price_minor DESC NULLS LAST, id`;
    case 'newest':
      return Prisma.sql`released_at DESC NULLS LAST, id`;
  }
}
