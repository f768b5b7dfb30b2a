// compare.rankings: one query under two or three configurations, side by side. Each hit carries
// its movement against the first ranking and its judged grade; each pair of rankings gets
// overlap@10, Jaccard@10, RBO (p = 0.9) and Kendall's tau on the products both share.
import { compareRankings, type RankingComparison } from '@shopsearch/eval';
import {
  describeConfiguration,
  toRankingProfile,
  type QueryToken,
  type SearchConfiguration,
  type SearchHit,
} from '@shopsearch/search';
import type { ApiContext } from '../../trpc.ts';
import type { TCompareInputSchema } from './compare.schema.ts';
import { requireSet, type StoreInfo } from '@shopsearch/platform';

type Ctx = ApiContext & { store: StoreInfo };

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

export async function compareHandler({ ctx, input }: { ctx: Ctx; input: TCompareInputSchema }) {
  const grades = await gradesFor(ctx, input);
  const responses = await Promise.all(input.configurations.map((c) => search(ctx, input, c)));
  const idLists = responses.map((r) => r.hits.map((h) => h.product.id));
  const rankings: ComparedRanking[] = responses.map((response, i) => {
    const baseline = new Map(idLists[0]!.map((id, rank) => [id, rank]));
    const inOthers = new Set(idLists.filter((_, j) => j !== i).flat());
    return {
      label: describeConfiguration(input.configurations[i]!),
      configuration: input.configurations[i]!,
      profileUsed: response.profile,
      indexVersion: response.indexVersion,
      total: response.total,
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

function search(ctx: Ctx, input: TCompareInputSchema, configuration: SearchConfiguration) {
  return ctx.services.search.search({
    storeId: ctx.store.id,
    text: input.q,
    filters: input.filters,
    sort: 'relevance',
    page: 0,
    pageSize: input.depth,
    profile: toRankingProfile(configuration),
    rerankDepth: configuration.rerankDepth,
    indexVersionId: configuration.indexVersionId ?? undefined,
    recordEvent: false,
  });
}

async function gradesFor(ctx: Ctx, input: TCompareInputSchema): Promise<Map<string, number>> {
  if (!input.judgmentSetId) return new Map();
  await requireSet(ctx.services.prisma, ctx.store.id, input.judgmentSetId);
  const rows = await ctx.services.prisma.judgment.findMany({
    where: { judgmentSetId: input.judgmentSetId, query: input.q.trim() },
    select: { productId: true, grade: true },
  });
  return new Map(rows.map((r) => [r.productId, r.grade]));
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
