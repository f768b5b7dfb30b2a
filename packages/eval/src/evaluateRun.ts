import { DEFAULT_METRICS, metricLabel, scoreMetric } from './metricSpec.ts';
import type { MetricSpec } from './metricSpec.ts';
import { countRelevant } from './relevance.ts';
import type { MetricScore, Qrels, Run } from './types.ts';

// TYPES

export interface EvaluateRunOptions {
  /** Default `DEFAULT_METRICS`. Labels must be distinct. */
  metrics?: readonly MetricSpec[];
}

export interface MetricMean {
  label: string;
  /** Mean over the queries where the metric is defined; `null` when it is defined for none. */
  mean: number | null;
  queryCount: number;
  /** Queries left out of this mean because they have no relevant judgments for this metric. */
  excludedQueries: readonly string[];
}

export interface RunEvaluation {
  /** Metric labels, in the order of every `scores` array. */
  labels: readonly string[];
  /** Judged query → its scores. */
  perQuery: ReadonlyMap<string, readonly MetricScore[]>;
  means: readonly MetricMean[];
  /** Judged queries with no positive grade at all: undefined for every metric. */
  noRelevantQueries: readonly string[];
  /** Judged queries the run has no ranking for; scored as empty rankings, not skipped. */
  missingFromRun: readonly string[];
  /** Run queries without judgments; not scored. */
  unjudgedQueries: readonly string[];
}

// FUNCTIONS

/**
 * Scores every judged query of `qrels`. A query the run did not answer scores like an empty
 * ranking (as trec_eval -c), so a system cannot raise its mean by skipping hard queries.
 */
export function evaluateRun(
  qrels: Qrels,
  run: Run,
  { metrics = DEFAULT_METRICS }: EvaluateRunOptions = {},
): RunEvaluation {
  const labels = metrics.map(metricLabel);
  assertDistinct(labels);

  const perQuery = new Map<string, MetricScore[]>();
  for (const [query, judgments] of qrels) {
    const ranking = run.get(query) ?? [];
    perQuery.set(
      query,
      metrics.map((spec) => scoreMetric(spec, judgments, ranking)),
    );
  }

  return {
    labels,
    perQuery,
    means: labels.map((label, index) => meanOf(label, index, perQuery)),
    noRelevantQueries: [...qrels].filter(([, j]) => countRelevant(j, 1) === 0).map(([q]) => q),
    missingFromRun: [...qrels.keys()].filter((query) => !run.has(query)),
    unjudgedQueries: [...run.keys()].filter((query) => !qrels.has(query)),
  };
}

function meanOf(
  label: string,
  index: number,
  perQuery: ReadonlyMap<string, readonly MetricScore[]>,
): MetricMean {
  let sum = 0;
  let queryCount = 0;
  const excludedQueries: string[] = [];
  for (const [query, scores] of perQuery) {
    const value = scores[index]?.value ?? null;
    if (value === null) {
      excludedQueries.push(query);
    } else {
      sum += value;
      queryCount++;
    }
  }
  return { label, mean: queryCount === 0 ? null : sum / queryCount, queryCount, excludedQueries };
}

function assertDistinct(labels: readonly string[]): void {
  const duplicate = labels.find((label, index) => labels.indexOf(label) !== index);
  if (duplicate !== undefined) throw new Error(`metric "${duplicate}" is listed twice`);
}
