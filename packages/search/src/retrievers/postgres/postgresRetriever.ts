// The embedded first stage: PostgreSQL full-text search over the product table's generated,
// weighted tsvector, with trigram fallback for typos. Runs the same on PGlite and PostgreSQL.
import { Prisma, type PrismaClient } from '@shopsearch/db';
import {
  hasFilters,
  NO_MATCH,
  type RetrieveRequest,
  type RetrieveResult,
  type Retriever,
  type SortOrder,
  type Suggestion,
} from '../../retrieval.ts';
import { countFacets } from './facetSql.ts';
import { andAll, filterConditions } from './filterSql.ts';
import { suggestFromPostgres } from './postgresSuggestions.ts';
import { browseMatch, textMatches, type TextMatch } from './textMatch.ts';

interface CandidateRow {
  /** Null on the row that carries the count. */
  id: string | null;
  rank: number | null;
  matches: bigint | number | null;
}

export interface PostgresRetrieverOptions {
  /** Matches counted one by one for facets; past it, counts are estimated from this many. */
  facetSampleSize?: number;
  /**
   * Matches counted no further than this when the page needs no more (browse and sorted lists,
   * and by relevance when the leading matches fill it): past it the total is a lower bound
   * (unless the facet statement counts them). Infinite: every match ranked and counted.
   */
  matchBound?: number;
}

/** Large enough for a sample's estimates to order values as the full counts do (BENCHMARKS.md). */
const FACET_SAMPLE_SIZE = 2_000;
/** As the facet sample: a count a shopper reads as "many" (BENCHMARKS.md). */
const MATCH_BOUND = 2_000;

export class PostgresRetriever implements Retriever {
  readonly name = 'postgres';
  readonly #prisma: PrismaClient;
  readonly #facetSampleSize: number;
  readonly #matchBound: number;

  constructor(prisma: PrismaClient, options: PostgresRetrieverOptions = {}) {
    this.#prisma = prisma;
    this.#facetSampleSize = options.facetSampleSize ?? FACET_SAMPLE_SIZE;
    this.#matchBound = options.matchBound ?? MATCH_BOUND;
  }

  async retrieve(request: RetrieveRequest): Promise<RetrieveResult> {
    const strategies = request.text.trim()
      ? textMatches(request.text, request.sort, request.synonyms)
      : [browseMatch()];
    for (const match of strategies) {
      const result = await this.#retrieveWith(match, request);
      if (result.total > 0) return result;
    }
    return NO_MATCH;
  }

  async #retrieveWith(match: TextMatch, request: RetrieveRequest): Promise<RetrieveResult> {
    const store = Prisma.sql`store_id = ${request.storeId}`;
    const base = andAll([store, match.condition]);
    const where = scoped(request, match.condition);
    const { matches, stopped, rows } = await this.#candidates(match, where, request);
    if (matches === 0) return NO_MATCH;
    const unfiltered = !hasFilters(request.filters);
    const facets = request.facets
      ? await countFacets(
          this.#prisma,
          {
            store,
            base,
            // With filters, the count is of fewer products than the facets' base set.
            matches: unfiltered && !stopped ? matches : undefined,
            sampleSize: this.#facetSampleSize,
          },
          request.filters,
          request.facets,
        )
      : null;
    // The facet statement's count of the matches is the total when its base set is the search's
    // (no filters); otherwise a count stopped at the bound says "more than the bound".
    const counted = !stopped || (facets !== null && unfiltered);
    return {
      candidates: rows.map((r) => ({ productId: r.id!, score: Number(r.rank) })),
      total: stopped ? (counted ? facets!.matches : this.#matchBound) : matches,
      totalExhaustive: counted,
      facets: facets?.counts ?? null,
      match: match.kind,
    };
  }

  /** The page and the number of matches, each read no further than the order allows. */
  #candidates(match: TextMatch, where: Prisma.Sql, request: RetrieveRequest) {
    if (!Number.isFinite(this.#matchBound)) return this.#rankAll(match, where, request);
    if (match.rank === null || request.sort !== 'relevance')
      return this.#inKeyOrder(match, where, request);
    if (match.leaders) return this.#tiered(match, where, request);
    return this.#rankAll(match, where, request);
  }

  /** Every match ranked and counted in one scan (rankedAll). */
  async #rankAll(match: TextMatch, where: Prisma.Sql, request: RetrieveRequest) {
    const rows = await this.#prisma.$queryRaw<CandidateRow[]>(rankedAll(match, where, request));
    return { ...(await this.#counted(rows, where, request)), stopped: false };
  }

  /**
   * A page ordered by the sort's keys alone (browse, price, newest): read in the order of an index
   * on those keys and stopped after the page, ranked (for the candidates' scores) only there; the
   * matches counted up to the bound. For a selective text the planner may sort its few matches
   * instead.
   */
  async #inKeyOrder(match: TextMatch, where: Prisma.Sql, request: RetrieveRequest) {
    const bound = this.#matchBound;
    const keys = orderBy(request.sort, false);
    const rank = match.rank
      ? Prisma.sql`(SELECT ${match.rank} FROM product
          WHERE store_id = ${request.storeId} AND product.id = page.id)`
      : Prisma.sql`0`;
    const [count, ...rows] = await this.#prisma.$queryRaw<CandidateRow[]>`
      WITH page AS MATERIALIZED (
        SELECT id, released_at, price_minor FROM product WHERE ${where}
        ORDER BY ${keys} LIMIT ${request.limit} OFFSET ${request.offset})
      SELECT NULL AS id, NULL::float8 AS rank, (
        SELECT count(*) FROM (SELECT 1 FROM product WHERE ${where} LIMIT ${bound + 1}) AS upto
      ) AS matches
      UNION ALL (SELECT id, ${rank}::float8, NULL FROM page ORDER BY ${keys})`;
    const matches = Number(count!.matches);
    return { matches, stopped: matches > bound, rows };
  }

  /**
   * A query by relevance whose leading matches are known (TextMatch.leaders), in one statement:
   * those first. They outrank all other matches, so when they fill the page it is the page of
   * ranking every match, found without reading the others' weighted tsvectors, and the matches
   * are only counted up to the bound; when they do not fill it, every match is ranked and counted.
   */
  async #tiered(match: TextMatch, where: Prisma.Sql, request: RetrieveRequest) {
    const bound = this.#matchBound;
    const filled = Prisma.sql`(SELECT filled FROM tier_filled)`;
    // Conditions on `filled` hold no column: each gates a whole branch, so only one branch scans.
    // The tier is selected by its own condition alone (it implies the match's): given both, the
    // planner may read the matches by one index and test the other row by row (recomputing the
    // title's tsvector for the title tier) instead of reading the tier by its index.
    const rows = await this.#prisma.$queryRaw<CandidateRow[]>`
      WITH tier AS MATERIALIZED (
        SELECT id, ${match.rank!}::float8 AS rank FROM product
        WHERE ${scoped(request, match.leaders!)} ORDER BY ${orderBy(request.sort, true)}
        LIMIT ${request.limit} OFFSET ${request.offset}),
      tier_filled AS MATERIALIZED (SELECT count(*) = ${request.limit} AS filled FROM tier)
      SELECT NULL AS id, NULL::float8 AS rank, CASE WHEN ${filled} THEN (
        SELECT count(*) FROM (SELECT 1 FROM product WHERE ${where} LIMIT ${bound + 1}) AS upto)
      END AS matches
      UNION ALL (SELECT id, rank, NULL FROM tier WHERE ${filled})
      UNION ALL ${rankedAll(match, andAll([where, Prisma.sql`NOT ${filled}`]), request)}`;
    const tierCount = rows[0]?.id === null ? rows[0].matches : null;
    if (tierCount === null)
      return { ...(await this.#counted(rows.slice(1), where, request)), stopped: false };
    return { matches: Number(tierCount), stopped: Number(tierCount) > bound, rows: rows.slice(1) };
  }

  /** The page and the count its rows carry (a page past the end carries none: counted apart). */
  async #counted(rows: CandidateRow[], where: Prisma.Sql, request: RetrieveRequest) {
    if (rows.length) return { matches: Number(rows[0]!.matches), rows };
    return { matches: request.offset > 0 ? await this.#count(where) : 0, rows };
  }

  async #count(where: Prisma.Sql): Promise<number> {
    const [row] = await this.#prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM product WHERE ${where}`;
    return Number(row?.n ?? 0);
  }

  suggest(storeId: number, prefix: string, limit: number): Promise<Suggestion[]> {
    return suggestFromPostgres(this.#prisma, storeId, prefix, limit);
  }
}

/** The store's products meeting `condition` and the request's filters. */
function scoped(request: RetrieveRequest, condition: Prisma.Sql): Prisma.Sql {
  const store = Prisma.sql`store_id = ${request.storeId}`;
  return andAll([store, condition, ...filterConditions(request.filters)]);
}

/**
 * Every match ranked, the page kept, each row carrying the number of matches. The count is taken
 * over the ranked rows (id, rank and sort keys), not the table's: a window over the table's rows
 * kept each match's weighted tsvector in its buffer, spilling to disk past a few thousand matches.
 */
function rankedAll(match: TextMatch, where: Prisma.Sql, request: RetrieveRequest): Prisma.Sql {
  return Prisma.sql`(
    SELECT id, rank, count(*) OVER () AS matches FROM (
      SELECT id, ${match.rank ?? Prisma.sql`0`}::float8 AS rank, released_at, price_minor
      FROM product WHERE ${where} OFFSET 0) AS matched
    ORDER BY ${orderBy(request.sort, match.rank !== null)}
    LIMIT ${request.limit} OFFSET ${request.offset})`;
}

const NEWEST = Prisma.sql`released_at DESC NULLS LAST, id`;

/** The sort's order; by relevance, ties (every product, when nothing ranks) newest first. */
function orderBy(sort: SortOrder, ranked: boolean): Prisma.Sql {
  switch (sort) {
    case 'relevance':
      return ranked ? Prisma.sql`rank DESC, ${NEWEST}` : NEWEST;
    case 'price_asc':
      return Prisma.sql`price_minor ASC NULLS LAST, id`;
    case 'price_desc':
      return Prisma.sql`price_minor DESC NULLS LAST, id`;
    case 'newest':
      return NEWEST;
  }
}
