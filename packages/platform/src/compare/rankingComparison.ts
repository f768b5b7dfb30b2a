// One query under two or three configurations, side by side. Each hit carries its movement
// against the first ranking and its judged grade; each pair of rankings gets overlap@10,
// Jaccard@10, RBO (p = 0.9) and Kendall's tau on the products both share.
import { compareRankings, type RankingComparison } from '@shopsearch/eval';
import {
  describeConfiguration,
  configurationRequest,
  type QueryToken,
  type SearchConfiguration,
  type SearchFilters,
  type SearchHit,
  type SearchService,
} from '@shopsearch/search';
import type { DatabaseDeps } from '../databaseDeps.ts';
import { queryGrades } from '../judgments/queryGrades.ts';

export interface ComparisonRequest {
  storeId: number;
  q: string;
  filters: SearchFilters;
  configurations: SearchConfiguration[];
  /** How many hits of each ranking to show and compare. */
  depth: number;
  /** Show each hit's grade from this judgment set (JudgmentSetNotFoundError if not the store's). */
  judgmentSetId?: number | undefined;
}

export interface ComparedHit extends SearchHit {
  rank: number;
  grade: number | null;
  /** Against the first ranking: positive moved up; null when absent from the first ranking. */
  shift: number | null;
  onlyHere: boolean;
}

export interface ComparedRanking {
  label: string;
  configuration: SearchConfiguration;
  profileUsed: string;
  indexVersion: { id: number; model: string; codec: string } | null;
  total: number;
  /** False when `total` is a lower bound (SearchResponse.totalExhaustive). */
  totalExhaustive: boolean;
  totalMs: number;
  notices: string[];
  /** The query tokens the hits' explanations refer to, in order. */
  queryTokens: QueryToken[];
  hits: ComparedHit[];
}

export interface RankingPair {
  a: number;
  b: number;
  overlapAt10: number;
  jaccardAt10: number;
  rbo: number;
  rboLabel: string;
  kendallTau: number | null;
  sharedItems: number;
}

export interface RankingComparisonResult {
  rankings: ComparedRanking[];
  pairs: RankingPair[];
}

export async function rankingComparison(
  deps: DatabaseDeps & { search: SearchService },
  request: ComparisonRequest,
): Promise<RankingComparisonResult> {
  const grades = request.judgmentSetId
    ? await queryGrades(deps, request.storeId, request.judgmentSetId, request.q.trim())
    : new Map<string, number>();
  const responses = await Promise.all(
    request.configurations.map((c) => search(deps.search, request, c)),
  );
  const idLists = responses.map((r) => r.hits.map((h) => h.product.id));
  const rankings: ComparedRanking[] = responses.map((response, i) => {
    const baseline = new Map(idLists[0]!.map((id, rank) => [id, rank]));
    const inOthers = new Set(idLists.filter((_, j) => j !== i).flat());
    return {
      label: describeConfiguration(request.configurations[i]!),
      configuration: request.configurations[i]!,
      profileUsed: response.profile,
      indexVersion: response.indexVersion,
      total: response.total,
      totalExhaustive: response.totalExhaustive,
      totalMs: response.timings.totalMs,
      notices: response.notices,
      queryTokens: response.queryTokens,
      hits: response.hits.map((hit, rank) => {
        const before = baseline.get(hit.product.id);
        return {
          ...hit,
          rank: rank + 1,
          grade: grades.get(hit.product.id) ?? null,
          shift: i === 0 || before === undefined ? null : before - rank,
          onlyHere: !inOthers.has(hit.product.id),
        };
      }),
    };
  });
  return { rankings, pairs: pairsOf(idLists) };
}

function search(
  service: SearchService,
  request: ComparisonRequest,
  configuration: SearchConfiguration,
) {
  return service.search({
    storeId: request.storeId,
    text: request.q,
    filters: request.filters,
    sort: 'relevance',
    page: 0,
    pageSize: request.depth,
    ...configurationRequest(configuration),
    recordEvent: false,
  });
}

function pairsOf(lists: string[][]): RankingPair[] {
  const pairs: RankingPair[] = [];
  for (let a = 0; a < lists.length; a++) {
    for (let b = a + 1; b < lists.length; b++) {
      const c: RankingComparison = compareRankings(lists[a]!, lists[b]!, { k: 10, p: 0.9 });
      pairs.push({
        a,
        b,
        overlapAt10: c.overlap.value,
        jaccardAt10: c.jaccard.value,
        rbo: c.rbo.value,
        rboLabel: c.rbo.label,
        kendallTau: c.kendallTau.value,
        sharedItems: lists[a]!.filter((id) => lists[b]!.includes(id)).length,
      });
    }
  }
  return pairs;
}
