// An experiment's outcome: each clicked impression is won by the configuration whose products got
// more clicks (team-draft credit), lost, or tied; impressions nobody clicked say nothing and are
// only counted. The winner is declared when the two-sided sign test of wins against losses (ties
// left out) gives p below ALPHA.
//
// Counted by the database, over the impressions still within the experiment's retention (the
// hourly purge deletes the others): the clicked impressions come back grouped by their credit
// (clicks for A, for B, for both), so the answer's size does not grow with the traffic.
import { impressionOutcome, signTest } from '@shopsearch/eval';
import type { DatabaseDeps } from '../databaseDeps.ts';
import { ExperimentNotFoundError } from './experimentErrors.ts';
import { toExperimentView, type ExperimentView } from './experiments.ts';

export const ALPHA = 0.05;

export interface ExperimentReport {
  experiment: ExperimentView;
  impressions: number;
  clickedImpressions: number;
  clicks: { a: number; b: number; both: number };
  /** Clicked impressions won by A, by B, and tied. */
  winsA: number;
  winsB: number;
  ties: number;
  /** Two-sided exact sign test of winsA against winsB. */
  pValue: number;
  /** The significantly preferred configuration, or null while the difference may be noise. */
  winner: 'a' | 'b' | null;
  alpha: number;
}

export async function experimentReport(
  deps: DatabaseDeps,
  storeId: number,
  experimentId: number,
): Promise<ExperimentReport> {
  const { prisma } = deps;
  const row = await prisma.experiment.findFirst({ where: { id: experimentId, storeId } });
  if (!row) throw new ExperimentNotFoundError();
  const since = new Date(Date.now() - row.retentionDays * 86_400_000);
  const [impressions, credits] = await Promise.all([
    prisma.experimentImpression.count({ where: { experimentId, createdAt: { gte: since } } }),
    prisma.$queryRaw<{ a: number; b: number; shared: number; impressions: number }[]>`
      SELECT a, b, shared, count(*)::int AS impressions FROM (
        SELECT count(*) FILTER (WHERE c.team = 'a')::int AS a,
          count(*) FILTER (WHERE c.team = 'b')::int AS b,
          count(*) FILTER (WHERE c.team = 'both')::int AS shared
        FROM experiment_click c JOIN experiment_impression i ON i.id = c.impression_id
        WHERE i.experiment_id = ${experimentId} AND i.created_at >= ${since}
        GROUP BY c.impression_id) AS credit
      GROUP BY 1, 2, 3`,
  ]);
  const totals = { a: 0, b: 0, both: 0 };
  const outcomes = { a: 0, b: 0, tie: 0 };
  let clickedImpressions = 0;
  for (const credit of credits) {
    totals.a += credit.a * credit.impressions;
    totals.b += credit.b * credit.impressions;
    totals.both += credit.shared * credit.impressions;
    outcomes[impressionOutcome(credit)] += credit.impressions;
    clickedImpressions += credit.impressions;
  }
  const pValue = signTest(outcomes.a, outcomes.b);
  return {
    experiment: toExperimentView(row),
    impressions,
    clickedImpressions,
    clicks: totals,
    winsA: outcomes.a,
    winsB: outcomes.b,
    ties: outcomes.tie,
    pValue,
    winner: pValue < ALPHA ? (outcomes.a > outcomes.b ? 'a' : 'b') : null,
    alpha: ALPHA,
  };
}
