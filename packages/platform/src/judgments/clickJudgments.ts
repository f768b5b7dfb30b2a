// Judgments proposed from what shoppers clicked on interleaved pages (the store's experiments'
// impressions within their retention), for an analyst to review and save as a judgment set. Grades
// come from clicks over expected clicks (`gradeClickPairs` in @shopsearch/eval, the definition
// `proposeClickJudgments` also grades by); each proposal carries the counts behind it.
//
// Counted by the database: it reads at most the CLICK_PROPOSAL_LIMITS.impressions newest
// impressions, estimates each position's click rate from them, and returns only the (query,
// product) pairs with enough impressions, at most CLICK_PROPOSAL_LIMITS.proposals of them (the
// most shown), so Node's work is bounded by the page, not by the traffic.
import {
  DEFAULT_MIN_CLICK_IMPRESSIONS,
  gradeClickPairs,
  isGrade,
  type ClickJudgment,
  type ClickPair,
  type Grade,
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
  /** Impressions read (the newest within retention, at most CLICK_PROPOSAL_LIMITS.impressions). */
  impressions: number;
  clicks: number;
  /** By query, strongest first; the CLICK_PROPOSAL_LIMITS.proposals most shown pairs at most. */
  proposals: ClickProposal[];
}

/** The read's totals, on every row; a pair's columns are null when no pair has enough impressions. */
type ProposalRow = { impressionsRead: number; clicksRead: number } & (
  (ClickPair & { title: string | null }) | { query: null }
);

export async function proposeJudgmentsFromClicks(
  { prisma }: DatabaseDeps,
  storeId: number,
  { minImpressions = DEFAULT_MIN_CLICK_IMPRESSIONS }: { minImpressions?: number | undefined } = {},
): Promise<ClickProposals> {
  // Expected clicks are summed by position, the order eval's definition sums them in when given
  // its rows by position, so both give the same floats (and grades at a threshold's edge).
  const rows = await prisma.$queryRaw<ProposalRow[]>`
    WITH recent AS (
      SELECT i.id
      FROM experiment_impression i JOIN experiment e ON e.id = i.experiment_id
      WHERE e.store_id = ${storeId}
        AND i.created_at >= now() - make_interval(days => e.retention_days)
      ORDER BY i.created_at DESC LIMIT ${CLICK_PROPOSAL_LIMITS.impressions}),
    pair_at_position AS (
      SELECT i.query, s.item ->> 'id' AS product_id, (s.n - 1)::int AS position,
        count(*) AS impressions, count(c.impression_id) AS clicks
      FROM recent r JOIN experiment_impression i USING (id)
      CROSS JOIN jsonb_array_elements(i.items) WITH ORDINALITY AS s(item, n)
      LEFT JOIN experiment_click c ON c.impression_id = r.id AND c.position = s.n - 1
      GROUP BY 1, 2, 3),
    at_position AS (
      SELECT position, sum(clicks) AS clicks, sum(clicks)::float8 / sum(impressions)::float8 AS rate
      FROM pair_at_position GROUP BY position),
    pairs AS (
      SELECT p.query, p.product_id, sum(p.impressions) AS impressions, sum(p.clicks) AS clicks,
        sum(p.impressions * a.rate ORDER BY p.position) AS expected_clicks
      FROM pair_at_position p JOIN at_position a USING (position)
      GROUP BY p.query, p.product_id HAVING sum(p.impressions) >= ${minImpressions}
      ORDER BY sum(p.impressions) DESC, p.query, p.product_id LIMIT ${CLICK_PROPOSAL_LIMITS.proposals})
    SELECT (SELECT count(*) FROM recent)::int AS "impressionsRead",
      (SELECT coalesce(sum(clicks), 0) FROM at_position)::int AS "clicksRead",
      pairs.query, pairs.product_id AS "productId", pairs.impressions::int AS impressions,
      pairs.clicks::int AS clicks, pairs.expected_clicks AS "expectedClicks", product.title
    FROM (SELECT) AS totals
    LEFT JOIN pairs ON true
    LEFT JOIN product ON product.store_id = ${storeId} AND product.id = pairs.product_id`;
  return {
    impressions: rows[0]?.impressionsRead ?? 0,
    clicks: rows[0]?.clicksRead ?? 0,
    proposals: gradeClickPairs(
      rows.flatMap((r) =>
        r.query === null
          ? []
          : [
              {
                query: r.query,
                productId: r.productId,
                impressions: r.impressions,
                clicks: r.clicks,
                expectedClicks: r.expectedClicks,
                title: r.title,
              },
            ],
      ),
    ),
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
