// Offline evaluation: every judged query is searched under each configuration, and the rankings
// are scored against the judgments. Shared by the analyst workbench, the CLI and the benchmarks.
import {
  evaluateRun,
  type MetricSpec,
  type Qrels,
  type Run,
  type RunEvaluation,
} from '@shopsearch/eval';
import {
  describeConfiguration,
  configurationRequest,
  type SearchConfiguration,
  type SearchService,
} from '@shopsearch/search';

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
  /** Each judged query's ranking, first RANKING_DEPTH results. */
  rankings: Run;
  /**
   * Median and 95th percentile of the searches' total latency, in ms: the first stage asked afresh,
   * with the model, its encoded query and the stored vectors warm.
   */
  latency: { p50: number; p95: number };
}

/**
 * Each query is searched under every configuration once untimed, then once timed. Run one after
 * another, the first configuration paid for the first stage and query encoding that the others then
 * found cached (a hybrid run after colbert measured 1 ms against colbert's 20): warmed first, every
 * configuration is timed on the same footing. The timed search skips the first stage's answer
 * cache, which the warm-up filled: answered from it, every search took ~0.1 ms and the run showed
 * "0 ms / 0 ms", the cost of a cache lookup rather than of the configuration.
 */
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
  const runs = configurations.map(() => new Map<string, string[]>());
  const latencies = configurations.map((): number[] => []);
  const searchAs = (configuration: SearchConfiguration, text: string, timed: boolean) =>
    search.search({
      storeId,
      text,
      filters: {},
      sort: 'relevance',
      page: 0,
      pageSize: RANKING_DEPTH,
      ...configurationRequest(configuration),
      recordEvent: false,
      skipAnswerCache: timed,
    });
  for (const query of queries) {
    for (const configuration of configurations) await searchAs(configuration, query, false);
    for (const [i, configuration] of configurations.entries()) {
      const response = await searchAs(configuration, query, true);
      runs[i]!.set(
        query,
        response.hits.map((h) => h.product.id),
      );
      latencies[i]!.push(response.timings.totalMs);
      options.onProgress?.(++done, total);
    }
  }
  return configurations.map((configuration, i) => ({
    configuration,
    label: describeConfiguration(configuration),
    evaluation: evaluateRun(qrels, runs[i]!, { metrics: options.metrics ?? EVALUATION_METRICS }),
    rankings: runs[i]!,
    latency: { p50: percentile(latencies[i]!, 0.5), p95: percentile(latencies[i]!, 0.95) },
  }));
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
