// What shoppers searched in a period, from the search events: top queries, queries that found
// nothing, queries whose results shoppers rarely follow (from the search clicks), latency
// percentiles per ranking profile, and searches per day. Every query is bounded by store and
// period and aggregated by the database.
import type { DatabaseDeps } from '../databaseDeps.ts';

const TOP = 20;
/** Searches (that found something) a query needs before its click-through says anything. */
export const LOW_CLICK_MIN_SEARCHES = 5;

export async function searchAnalytics(
  { prisma }: DatabaseDeps,
  storeId: number,
  period: { from: Date; to: Date },
) {
  const { from, to } = period;
  const inPeriod = { storeId, createdAt: { gte: from, lt: to } };
  const [searches, zeroResults, topQueries, zeroResultQueries, lowClick, latency, perDay] =
    await Promise.all([
      prisma.searchEvent.count({ where: inPeriod }),
      prisma.searchEvent.count({ where: { ...inPeriod, resultCount: 0 } }),
      prisma.$queryRaw<{ query: string; searches: bigint; avg_results: number }[]>`
      SELECT lower(trim(query)) AS query, count(*) AS searches, avg(result_count)::float8 AS avg_results
      FROM search_event
      WHERE store_id = ${storeId} AND created_at >= ${from} AND created_at < ${to} AND trim(query) <> ''
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${TOP}`,
      prisma.$queryRaw<{ query: string; searches: bigint }[]>`
      SELECT lower(trim(query)) AS query, count(*) AS searches
      FROM search_event
      WHERE store_id = ${storeId} AND created_at >= ${from} AND created_at < ${to}
        AND result_count = 0 AND trim(query) <> ''
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${TOP}`,
      // Lowest click-through first; ties: the more searched first.
      prisma.$queryRaw<{ query: string; searches: bigint; clicks: bigint }[]>`
      WITH searched AS (
        SELECT lower(trim(query)) AS query, count(*) AS searches
        FROM search_event
        WHERE store_id = ${storeId} AND created_at >= ${from} AND created_at < ${to}
          AND result_count > 0 AND trim(query) <> ''
        GROUP BY 1 HAVING count(*) >= ${LOW_CLICK_MIN_SEARCHES}
      ), clicked AS (
        SELECT lower(trim(query)) AS query, count(*) AS clicks
        FROM search_click
        WHERE store_id = ${storeId} AND created_at >= ${from} AND created_at < ${to}
        GROUP BY 1
      )
      SELECT s.query, s.searches, coalesce(c.clicks, 0) AS clicks
      FROM searched s LEFT JOIN clicked c ON c.query = s.query
      ORDER BY coalesce(c.clicks, 0)::float8 / s.searches, s.searches DESC, s.query
      LIMIT ${TOP}`,
      prisma.$queryRaw<
        { profile: string; searches: bigint; p50: number; p95: number; p99: number }[]
      >`
      SELECT profile, count(*) AS searches,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50,
        percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95,
        percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99
      FROM search_event
      WHERE store_id = ${storeId} AND created_at >= ${from} AND created_at < ${to}
      GROUP BY 1 ORDER BY 1`,
      prisma.$queryRaw<{ day: Date; searches: bigint; zero_results: bigint }[]>`
      SELECT date_trunc('day', created_at) AS day, count(*) AS searches,
        count(*) FILTER (WHERE result_count = 0) AS zero_results
      FROM search_event
      WHERE store_id = ${storeId} AND created_at >= ${from} AND created_at < ${to}
      GROUP BY 1 ORDER BY 1`,
    ]);
  return {
    searches,
    zeroResults,
    topQueries: topQueries.map((q) => ({
      query: q.query,
      searches: Number(q.searches),
      avgResults: q.avg_results,
    })),
    zeroResultQueries: zeroResultQueries.map((q) => ({
      query: q.query,
      searches: Number(q.searches),
    })),
    lowClickMinSearches: LOW_CLICK_MIN_SEARCHES,
    lowClickQueries: lowClick.map((q) => ({
      query: q.query,
      searches: Number(q.searches),
      clicks: Number(q.clicks),
    })),
    latencyByProfile: latency.map((l) => ({
      profile: l.profile,
      searches: Number(l.searches),
      p50: Number(l.p50),
      p95: Number(l.p95),
      p99: Number(l.p99),
    })),
    perDay: perDay.map((d) => ({
      day: d.day,
      searches: Number(d.searches),
      zeroResults: Number(d.zero_results),
    })),
  };
}
