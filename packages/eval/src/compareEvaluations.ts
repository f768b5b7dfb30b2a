import type { RunEvaluation } from './evaluateRun.ts';

// TYPES

export type ScoreChange = 'improved' | 'regressed' | 'unchanged' | 'not-comparable';

export interface QueryDelta {
  query: string;
  baseline: number | null;
  candidate: number | null;
  /** candidate − baseline; `null` when either side is undefined or the query is missing. */
  delta: number | null;
  change: ScoreChange;
}

export interface MetricComparison {
  label: string;
  /** Mean of the per-query deltas over comparable queries (a paired difference). */
  meanDelta: number | null;
  improved: number;
  regressed: number;
  unchanged: number;
  notComparable: number;
  /** Sorted by delta, largest regression first; not-comparable queries last. */
  queries: readonly QueryDelta[];
}

export interface CompareEvaluationsOptions {
  /** |delta| at or below this counts as unchanged. Default 1e-9, which absorbs float noise only. */
  tolerance?: number;
}

// FUNCTIONS

/**
 * Per-query deltas from `baseline` to `candidate`, per metric. Both evaluations must use the same
 * metric labels, since e.g. exp-gain and linear-gain nDCG are not comparable.
 */
export function compareEvaluations(
  baseline: RunEvaluation,
  candidate: RunEvaluation,
  { tolerance = 1e-9 }: CompareEvaluationsOptions = {},
): MetricComparison[] {
  if (baseline.labels.join('\n') !== candidate.labels.join('\n')) {
    throw new Error(
      `evaluations use different metrics: [${baseline.labels.join(', ')}] vs [${candidate.labels.join(', ')}]`,
    );
  }
  const queries = [...new Set([...baseline.perQuery.keys(), ...candidate.perQuery.keys()])];
  return baseline.labels.map((label, index) => {
    const deltas = queries.map((query) =>
      queryDelta(
        query,
        baseline.perQuery.get(query)?.[index]?.value ?? null,
        candidate.perQuery.get(query)?.[index]?.value ?? null,
        tolerance,
      ),
    );
    return summarize(label, deltas);
  });
}

function queryDelta(
  query: string,
  baseline: number | null,
  candidate: number | null,
  tolerance: number,
): QueryDelta {
  if (baseline === null || candidate === null) {
    return { query, baseline, candidate, delta: null, change: 'not-comparable' };
  }
  const delta = candidate - baseline;
  const change = Math.abs(delta) <= tolerance ? 'unchanged' : delta > 0 ? 'improved' : 'regressed';
  return { query, baseline, candidate, delta, change };
}

function summarize(label: string, deltas: QueryDelta[]): MetricComparison {
  const count = (change: ScoreChange) => deltas.filter((d) => d.change === change).length;
  const comparable = deltas.flatMap((d) => (d.delta === null ? [] : [d.delta]));
  return {
    label,
    meanDelta:
      comparable.length === 0 ? null : comparable.reduce((a, b) => a + b, 0) / comparable.length,
    improved: count('improved'),
    regressed: count('regressed'),
    unchanged: count('unchanged'),
    notComparable: count('not-comparable'),
    queries: deltas.toSorted(byDelta),
  };
}

function byDelta(a: QueryDelta, b: QueryDelta): number {
  if (a.delta !== null && b.delta !== null && a.delta !== b.delta) return a.delta - b.delta;
  if (a.delta === null && b.delta !== null) return 1;
  if (a.delta !== null && b.delta === null) return -1;
  return a.query.localeCompare(b.query);
}
