// Evaluation runs kept in the database: run a judgment set against configurations and keep the
// result; list, open and export saved runs. Opening one adds the per-query breakdown (which
// queries improved or regressed) and each configuration's significance against the first.
import type { SearchConfiguration, SearchService } from '@shopsearch/search';
import type { DatabaseDeps } from '../databaseDeps.ts';
import { EmptyJudgmentSetError, EvaluationRunNotFoundError } from '../errors.ts';
import { loadQrels, requireSet } from '../judgments/judgmentSets.ts';
import { evaluateConfigurations } from './evaluateConfigurations.ts';
import { runSignificance } from './pairedSignificance.ts';
import { perQueryDeltas, toCsv, toStored, type StoredConfigurationResult } from './storedRun.ts';

export interface EvaluationRequest {
  setId: number;
  configurations: SearchConfiguration[];
  /** Empty: the set's name and the time. */
  name: string;
}

export interface EvaluationRunSummary {
  id: number;
  name: string;
  createdAt: Date;
  judgmentSet: string;
  summary: { label: string; ndcg10: number | null }[];
}

export interface EvaluationRun {
  id: number;
  name: string;
  createdAt: Date;
  judgmentSet: { id: number; name: string };
  configurations: SearchConfiguration[];
  results: StoredConfigurationResult[];
  deltas: ReturnType<typeof perQueryDeltas>;
  significance: ReturnType<typeof runSignificance>;
}

/** Evaluates and keeps the run; EmptyJudgmentSetError when the set has no judgments. */
export async function runEvaluation(
  deps: DatabaseDeps & { search: SearchService },
  storeId: number,
  request: EvaluationRequest,
): Promise<EvaluationRun> {
  const set = await requireSet(deps, storeId, request.setId);
  const qrels = await loadQrels(deps, set.id);
  if (qrels.size === 0) throw new EmptyJudgmentSetError();
  const results = await evaluateConfigurations(deps.search, storeId, qrels, request.configurations);
  const run = await deps.prisma.evaluationRun.create({
    data: {
      storeId,
      judgmentSetId: set.id,
      name:
        request.name || `${set.name} · ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`,
      configs: request.configurations,
      results: results.map(toStored) as object[],
    },
  });
  return evaluationRun(deps, storeId, run.id);
}

/** The store's latest 100 runs, newest first, each with its configurations' nDCG@10. */
export async function listEvaluationRuns(
  { prisma }: DatabaseDeps,
  storeId: number,
): Promise<EvaluationRunSummary[]> {
  const runs = await prisma.evaluationRun.findMany({
    where: { storeId },
    orderBy: { createdAt: 'desc' },
    take: 100,
    include: { judgmentSet: { select: { name: true } } },
  });
  return runs.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.createdAt,
    judgmentSet: r.judgmentSet.name,
    summary: (r.results as unknown as StoredConfigurationResult[]).map((c) => ({
      label: c.label,
      ndcg10: c.means[0]?.mean ?? null,
    })),
  }));
}

/** One run of the store's; EvaluationRunNotFoundError otherwise. */
export async function evaluationRun(
  { prisma }: DatabaseDeps,
  storeId: number,
  runId: number,
): Promise<EvaluationRun> {
  const run = await prisma.evaluationRun.findFirst({
    where: { id: runId, storeId },
    include: { judgmentSet: { select: { id: true, name: true } } },
  });
  if (!run) throw new EvaluationRunNotFoundError();
  const results = run.results as unknown as StoredConfigurationResult[];
  return {
    id: run.id,
    name: run.name,
    createdAt: run.createdAt,
    judgmentSet: run.judgmentSet,
    configurations: run.configs as SearchConfiguration[],
    results,
    deltas: perQueryDeltas(results),
    significance: runSignificance(results),
  };
}

/** A run's per-query metrics as CSV, safe to open in a spreadsheet. */
export async function exportEvaluationRun(
  deps: DatabaseDeps,
  storeId: number,
  runId: number,
): Promise<{ name: string; csv: string }> {
  const run = await evaluationRun(deps, storeId, runId);
  return { name: run.name, csv: toCsv(run.results) };
}
