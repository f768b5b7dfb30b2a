// What each number the analyst sees measures, in one place: the workbench shows these next to the
// numbers, the CSV exports carry them as comment lines and the CLI prints them.

export type MetricKind =
  | 'ndcg'
  | 'mrr'
  | 'err'
  | 'precision'
  | 'recall'
  | 'judged'
  | 'overlap'
  | 'jaccard'
  | 'rbo'
  | 'kendall';

export interface MetricDefinition {
  kind: MetricKind;
  /** Short name as the labels begin ("nDCG@k"). */
  name: string;
  /** One sentence: what the number says about a ranking (or a pair of rankings). */
  measures: string;
  /** The values it can take. */
  range: string;
  /** Which way is better; agreement metrics say how alike two rankings are, not which is better. */
  better: 'higher' | 'more alike';
}

export const METRIC_DEFINITIONS: Readonly<Record<MetricKind, MetricDefinition>> = {
  ndcg: {
    kind: 'ndcg',
    name: 'nDCG@k',
    measures:
      'graded relevance of the top k, discounted by position (log2), divided by the best possible ordering of the judged products',
    range: '0 to 1 (1 = ideal order)',
    better: 'higher',
  },
  mrr: {
    kind: 'mrr',
    name: 'MRR@k',
    measures: '1 / rank of the first relevant product in the top k (0 when none)',
    range: '0 to 1 (1 = a relevant product first)',
    better: 'higher',
  },
  err: {
    kind: 'err',
    name: 'ERR@k',
    measures:
      'expected reciprocal rank: how soon a shopper scanning down the list is likely to be satisfied, with better grades satisfying more',
    range: '0 to 1',
    better: 'higher',
  },
  precision: {
    kind: 'precision',
    name: 'P@k',
    measures: 'share of the top k positions holding a relevant product (divided by k)',
    range: '0 to 1',
    better: 'higher',
  },
  recall: {
    kind: 'recall',
    name: 'Recall@k',
    measures: 'share of the relevant judged products that appear in the top k',
    range: '0 to 1',
    better: 'higher',
  },
  judged: {
    kind: 'judged',
    name: 'Judged@k',
    measures:
      'share of the top k that the judges graded: how much of the list the other metrics can see (not a quality measure)',
    range: '0 to 1 (1 = every result judged)',
    better: 'higher',
  },
  overlap: {
    kind: 'overlap',
    name: 'Overlap@k',
    measures: 'products two top-k lists share, divided by the longer list; order ignored',
    range: '0 to 1 (1 = same products)',
    better: 'more alike',
  },
  jaccard: {
    kind: 'jaccard',
    name: 'Jaccard@k',
    measures: 'products in both top-k lists divided by products in either; order ignored',
    range: '0 to 1 (1 = same products)',
    better: 'more alike',
  },
  rbo: {
    kind: 'rbo',
    name: 'RBO',
    measures:
      'rank-biased overlap: agreement of two rankings weighted towards the top (p = how far down it looks)',
    range: '0 to 1 (1 = identical, 0 = disjoint)',
    better: 'more alike',
  },
  kendall: {
    kind: 'kendall',
    name: 'Kendall τ',
    measures:
      'whether the products both rankings hold come in the same order: pairs in the same order minus pairs swapped, over all pairs',
    range: '−1 to 1 (1 = same order, −1 = reversed; none with fewer than two shared)',
    better: 'more alike',
  },
};

const LABEL_PREFIXES: readonly [string, MetricKind][] = [
  ['ndcg@', 'ndcg'],
  ['mrr@', 'mrr'],
  ['err@', 'err'],
  ['p@', 'precision'],
  ['recall@', 'recall'],
  ['judged@', 'judged'],
  ['overlap@', 'overlap'],
  ['jaccard@', 'jaccard'],
  ['rbo', 'rbo'],
  ['kendall', 'kendall'],
];

/** The definition behind a label such as "nDCG@10 (exp gain)" or "RBO_ext (p=0.9)"; null if unknown. */
export function metricDefinition(label: string): MetricDefinition | null {
  const lower = label.trim().toLowerCase();
  const found = LABEL_PREFIXES.find(([prefix]) => lower.startsWith(prefix));
  return found ? METRIC_DEFINITIONS[found[1]] : null;
}

/** "nDCG@10 (exp gain): graded relevance … Range 0 to 1 (1 = ideal order); higher is better." */
export function describeMetric(label: string): string | null {
  const d = metricDefinition(label);
  if (!d) return null;
  const better = d.better === 'higher' ? 'higher is better' : 'higher means more alike';
  return `${label}: ${d.measures}. Range ${d.range}; ${better}.`;
}
