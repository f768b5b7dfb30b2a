import { errAtK, errLabel } from './err.ts';
import type { ErrOptions } from './err.ts';
import { judgedShareAtK, judgedShareLabel } from './judgedShare.ts';
import type { JudgedShareOptions } from './judgedShare.ts';
import { mrrAtK, mrrLabel } from './mrr.ts';
import { ndcgAtK, ndcgLabel } from './ndcg.ts';
import type { NdcgOptions } from './ndcg.ts';
import { precisionAtK, precisionLabel } from './precision.ts';
import { recallAtK, recallLabel } from './recall.ts';
import type { ThresholdOptions } from './relevance.ts';
import type { MetricScore, QueryJudgments, Ranking } from './types.ts';

/** One metric with its parameters, as `evaluateRun` takes them. */
export type MetricSpec =
  | ({ metric: 'ndcg' } & NdcgOptions)
  | ({ metric: 'mrr' } & ThresholdOptions)
  | ({ metric: 'recall' } & ThresholdOptions)
  | ({ metric: 'precision' } & ThresholdOptions)
  | ({ metric: 'err' } & ErrOptions)
  | ({ metric: 'judged' } & JudgedShareOptions);

/** nDCG (exp gain), MRR, Recall, P (grade ≥ 1) and ERR (g_max 3), all at k = 10. */
export const DEFAULT_METRICS: readonly MetricSpec[] = [
  { metric: 'ndcg', k: 10 },
  { metric: 'mrr', k: 10 },
  { metric: 'recall', k: 10 },
  { metric: 'precision', k: 10 },
  { metric: 'err', k: 10 },
];

/** The label the spec's scores will carry; throws on invalid parameters. */
export function metricLabel(spec: MetricSpec): string {
  switch (spec.metric) {
    case 'ndcg':
      return ndcgLabel(spec);
    case 'mrr':
      return mrrLabel(spec);
    case 'recall':
      return recallLabel(spec);
    case 'precision':
      return precisionLabel(spec);
    case 'err':
      return errLabel(spec);
    case 'judged':
      return judgedShareLabel(spec);
  }
}

export function scoreMetric(
  spec: MetricSpec,
  judgments: QueryJudgments,
  ranking: Ranking,
): MetricScore {
  switch (spec.metric) {
    case 'ndcg':
      return ndcgAtK(judgments, ranking, spec);
    case 'mrr':
      return mrrAtK(judgments, ranking, spec);
    case 'recall':
      return recallAtK(judgments, ranking, spec);
    case 'precision':
      return precisionAtK(judgments, ranking, spec);
    case 'err':
      return errAtK(judgments, ranking, spec);
    case 'judged':
      return judgedShareAtK(judgments, ranking, spec);
  }
}
