// Judgments proposed from what shoppers clicked on interleaved pages (the store's experiments'
// impressions), for an analyst to review and save as a judgment set. Grades come from clicks over
// expected clicks (`proposeClickJudgments` in @shopsearch/eval); each proposal carries the counts
// behind it. Reads at most the store's CLICK_PROPOSAL_LIMITS.impressions newest impressions, so the
// work is bounded whatever the traffic.
import {
  isGrade,
  proposeClickJudgments,
  type ClickJudgment,
  type Grade,
  type ShownAt,
} from '@shopsearch/eval';
import type { DatabaseDeps } from '../databaseDeps.ts';
import { JudgmentSetNameTakenError } from '../errors.ts';
import { saveQrels } from './judgmentSets.ts';

export const CLICK_PROPOSAL_LIMITS = { impressions: 100_000, proposals: 2_000 } as const;

export interface ClickProposal extends ClickJudgment {
  /** The product's title, or null when it has left the catalog. */
  title: string | null;
}

export interface ClickProposals {
  /** Impressions read (the newest, at most CLICK_PROPOSAL_LIMITS.impressions). */
  impressions: number;
  clicks: number;
  /** By query, strongest first; at most CLICK_PROPOSAL_LIMITS.proposals. */
  proposals: ClickProposal[];
}

export async function proposeJudgmentsFromClicks(
  { prisma }: DatabaseDeps,
  storeId: number,
  { minImpressions }: { minImpressions?: number | undefined } = {},
): Promise<ClickProposals> {
  const shown = await prisma.$queryRaw<(ShownAt & { impressionsRead: number })[]>`
    WITH recent AS (
      SELECT id, query, items FROM experiment_impression
      WHERE experiment_id IN (SELECT id FROM experiment WHERE store_id = ${storeId})
      ORDER BY created_at DESC LIMIT ${CLICK_PROPOSAL_LIMITS.impressions}),
    shown AS (
      SELECT r.id, r.query, (e.n - 1)::int AS position, e.item ->> 'id' AS product_id
      FROM recent r, jsonb_array_elements(r.items) WITH ORDINALITY AS e(item, n))
    SELECT s.query, s.product_id AS "productId", s.position,
      count(*)::int AS impressions, count(c.impression_id)::int AS clicks,
      (SELECT count(*)::int FROM recent) AS "impressionsRead"
    FROM shown s
    LEFT JOIN experiment_click c ON c.impression_id = s.id AND c.position = s.position
    GROUP BY 1, 2, 3`;
  const judgments = proposeClickJudgments(shown, { minImpressions }).slice(
    0,
    CLICK_PROPOSAL_LIMITS.proposals,
  );
  const titles = new Map(
    (
      await prisma.product.findMany({
        where: { storeId, id: { in: [...new Set(judgments.map((j) => j.productId))] } },
        select: { id: true, title: true },
      })
    ).map((p) => [p.id, p.title]),
  );
  return {
    impressions: shown[0]?.impressionsRead ?? 0,
    clicks: shown.reduce((sum, s) => sum + s.clicks, 0),
    proposals: judgments.map((j) => ({ ...j, title: titles.get(j.productId) ?? null })),
  };
}

/**
 * Saves reviewed proposals as a new judgment set. A name the store already uses is refused, where
 * an import under it would replace that set's judgments.
 */
export async function saveClickJudgments(
  deps: DatabaseDeps,
  storeId: number,
  name: string,
  judgments: readonly { query: string; productId: string; grade: number }[],
): Promise<{ id: number; name: string; judgments: number }> {
  const taken = await deps.prisma.judgmentSet.findFirst({ where: { storeId, name } });
  if (taken) throw new JudgmentSetNameTakenError(name);
  const qrels = new Map<string, Map<string, Grade>>();
  for (const { query, productId, grade } of judgments) {
    if (!isGrade(grade)) throw new RangeError(`grade ${grade} is not 0–3`);
    const byProduct = qrels.get(query) ?? new Map<string, Grade>();
    byProduct.set(productId, grade);
    qrels.set(query, byProduct);
  }
  const set = await saveQrels(deps, storeId, name, qrels);
  return { ...set, judgments: [...qrels.values()].reduce((n, m) => n + m.size, 0) };
}
