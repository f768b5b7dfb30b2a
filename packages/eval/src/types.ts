/** Relevance grade of a judged document: 0 = not relevant … 3 = perfect match. */
export type Grade = 0 | 1 | 2 | 3;

/** Judgments of one query: docId → grade. Documents absent from the map are unjudged. */
export type QueryJudgments = ReadonlyMap<string, Grade>;

/** Judgment set: query → docId → grade. */
export type Qrels = ReadonlyMap<string, QueryJudgments>;

/** Document ids as a system returned them, best first. */
export type Ranking = readonly string[];

/** Rankings of one system for many queries: query → ranking. */
export type Run = ReadonlyMap<string, Ranking>;

/** The only reason a metric has no value: nothing for the system to find. */
export type NoValueReason = 'no-relevant-judgments';

/**
 * One metric for one query. `label` names the metric with every parameter that changes its value
 * (cutoff, gain, threshold), so two numbers are only compared when their labels match.
 */
export type MetricScore =
  | { readonly label: string; readonly value: number }
  | { readonly label: string; readonly value: null; readonly reason: NoValueReason };
