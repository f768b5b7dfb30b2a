// An experiment's outcome: each clicked impression is won by the configuration whose products got
// more clicks (team-draft credit), lost, or tied; impressions nobody clicked say nothing and are
// only counted. The winner is declared when the two-sided sign test of wins against losses (ties
// left out) gives p below ALPHA.
import { impressionOutcome, signTest } from '@shopsearch/eval';
import type { DatabaseDeps } from '../databaseDeps.ts';
import { ExperimentNotFoundError } from './experimentErrors.ts';
import { toExperimentView, type ExperimentView } from './experiments.ts';
import { purgeExpiredExperimentData } from './purgeExperimentData.ts';

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
  await purgeExpiredExperimentData(deps);
  const row = await prisma.experiment.findFirst({ where: { id: experimentId, storeId } });
  if (!row) throw new ExperimentNotFoundError();
  const [impressions, clicks] = await Promise.all([
    prisma.experimentImpression.count({ where: { experimentId } }),
    prisma.experimentClick.findMany({
      where: { impression: { experimentId } },
      select: { impressionId: true, team: true },
    }),
  ]);
  const credit = new Map<string, { a: number; b: number }>();
  const totals = { a: 0, b: 0, both: 0 };
  for (const { impressionId, team } of clicks) {
    const tally = credit.get(impressionId) ?? { a: 0, b: 0 };
    if (team === 'a' || team === 'b') tally[team]++;
    if (team === 'a' || team === 'b' || team === 'both') totals[team]++;
    credit.set(impressionId, tally);
  }
  const outcomes = { a: 0, b: 0, tie: 0 };
  for (const tally of credit.values()) outcomes[impressionOutcome(tally)]++;
  const pValue = signTest(outcomes.a, outcomes.b);
  return {
    experiment: toExperimentView(row),
    impressions,
    clickedImpressions: credit.size,
    clicks: totals,
    winsA: outcomes.a,
    winsB: outcomes.b,
    ties: outcomes.tie,
    pValue,
    winner: pValue < ALPHA ? (outcomes.a > outcomes.b ? 'a' : 'b') : null,
    alpha: ALPHA,
  };
}
