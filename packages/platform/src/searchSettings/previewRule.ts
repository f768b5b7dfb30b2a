// A rule before it is saved: the storefront's first page for its query now and with the rule, so
// the merchant sees what moves. The rule is checked as saving would check it (the same refusals)
// and added to the saved ones as the newest; nothing is written and no search event is recorded.
import type { PrismaClient } from '@shopsearch/db';
import {
  DEFAULT_RANKING,
  toRankingProfile,
  toRule,
  type SearchRequest,
  type SearchResponse,
} from '@shopsearch/search';
import { checked, type RuleInput } from './ruleChecks.ts';

export interface PreviewDeps {
  prisma: PrismaClient;
  search: { search(request: SearchRequest): Promise<SearchResponse> };
}

export interface PreviewHit {
  id: string;
  title: string;
  pinned: boolean;
  /** The factor boost and bury rules moved it by; null when none matched it. */
  boost: number | null;
}

export interface RulePreview {
  query: string;
  before: PreviewHit[];
  after: PreviewHit[];
}

/** The newest id there can be, so the pending rule comes last where precedence goes by age. */
const PENDING_ID = 2_147_483_647;

export async function previewRule(
  deps: PreviewDeps,
  storeId: number,
  input: RuleInput,
): Promise<RulePreview> {
  const data = await checked(deps.prisma, storeId, { ...input, enabled: true }, null);
  const saved = await deps.prisma.storeRule.findMany({
    where: { storeId },
    orderBy: { id: 'asc' },
  });
  const pending = toRule({ ...data, id: PENDING_ID });
  const page = async (rules?: ReturnType<typeof toRule>[]) => {
    const answer = await deps.search.search({
      storeId,
      text: data.query,
      filters: {},
      sort: 'relevance',
      page: 0,
      pageSize: 10,
      profile: toRankingProfile(DEFAULT_RANKING),
      rerankDepth: DEFAULT_RANKING.rerankDepth,
      recordEvent: false,
      rules,
    });
    return answer.hits.map((h) => ({
      id: h.product.id,
      title: h.product.title,
      pinned: h.pinned,
      boost: h.boost,
    }));
  };
  const [before, after] = await Promise.all([page(), page([...saved.map(toRule), pending])]);
  return { query: data.query, before, after };
}
