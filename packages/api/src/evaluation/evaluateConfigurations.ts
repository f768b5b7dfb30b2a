// Offline evaluation: every judged query is searched under each configuration, and the rankings
// are scored against the judgments. Shared by the analyst workbench, the CLI and the benchmarks.
import { evaluateRun, type MetricSpec, type Qrels, type RunEvaluation } from '@shopsearch/eval';
import type { SearchService } from '@shopsearch/search';
import {
  describeConfiguration,
  toRankingProfile,
  type SearchConfiguration,
} from './searchConfiguration.ts';

/** The platform's evaluation metrics; Recall looks deeper than the first page on purpose. */
export const EVALUATION_METRICS: readonly MetricSpec[] = [
  { metric: 'ndcg', k: 10 },
  { metric: 'mrr', k: 10 },
  { metric: 'err', k: 10 },
  { metric: 'precision', k: 10 },
  { metric: 'recall', k: 100 },
];

/** Results fetched per query: enough for the deepest metric. */
const RANKING_DEPTH = 100;

export interface ConfigurationEvaluation {
  configuration: SearchConfiguration;
  label: string;
  evaluation: RunEvaluation;
  /** Median and 95th percentile of the searches' total latency, in ms. */
  latency: { p50: number; p95: number };
}

export async function evaluateConfigurations(
  search: SearchService,
  storeId: number,
  qrels: Qrels,
  configurations: readonly SearchConfiguration[],
  options: {
    metrics?: readonly MetricSpec[];
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<ConfigurationEvaluation[]> {
  const queries = [...qrels.keys()];
  const total = queries.length * configurations.length;
  let done = 0;
  const results: ConfigurationEvaluation[] = [];
  for (const configuration of configurations) {
    const run = new Map<string, string[]>();
    const latencies: number[] = [];
    for (const query of queries) {
      const response = await search.search({
        storeId,
        text: query,
        filters: {},
        sort: 'relevance',
        page: 0,
        pageSize: RANKING_DEPTH,
        profile: toRankingProfile(configuration),
        rerankDepth: configuration.rerankDepth,
        indexVersionId: configuration.indexVersionId ?? undefined,
        recordEvent: false,
      });
      run.set(
        query,
        response.hits.map((h) => h.product.id),
      );
      latencies.push(response.timings.totalMs);
      options.onProgress?.(++done, total);
    }
    results.push({
      configuration,
      label: describeConfiguration(configuration),
      evaluation: evaluateRun(qrels, run, { metrics: options.metrics ?? EVALUATION_METRICS }),
      latency: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) },
    });
  }
  return results;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
