/* istanbul ignore file */

// Types
export type {
  Grade,
  MetricScore,
  NoValueReason,
  Qrels,
  QueryJudgments,
  Ranking,
  Run,
} from './types.ts';

// Grades
export { DEFAULT_RELEVANCE_THRESHOLD, MAX_GRADE, isGrade } from './grade.ts';

// Metrics
export { ndcgAtK, ndcgLabel } from './ndcg.ts';
export type { GainKind, NdcgOptions } from './ndcg.ts';
export { mrrAtK, mrrLabel } from './mrr.ts';
export { recallAtK, recallLabel } from './recall.ts';
export { precisionAtK, precisionLabel } from './precision.ts';
export { errAtK, errLabel } from './err.ts';
export { judgedShareAtK, judgedShareLabel } from './judgedShare.ts';
export type { JudgedShareOptions } from './judgedShare.ts';
export type { ErrOptions } from './err.ts';
export type { ThresholdOptions } from './relevance.ts';
export { DEFAULT_METRICS, metricLabel, scoreMetric } from './metricSpec.ts';
export type { MetricSpec } from './metricSpec.ts';

export { describeMetric, METRIC_DEFINITIONS, metricDefinition } from './metricDefinitions.ts';
export type { MetricDefinition, MetricKind } from './metricDefinitions.ts';

// Run evaluation
export { evaluateRun } from './evaluateRun.ts';
export type { EvaluateRunOptions, MetricMean, RunEvaluation } from './evaluateRun.ts';
export { compareEvaluations } from './compareEvaluations.ts';
export type {
  CompareEvaluationsOptions,
  MetricComparison,
  QueryDelta,
  ScoreChange,
} from './compareEvaluations.ts';

// Significance of a difference between two configurations
export {
  bootstrapMeanInterval,
  comparePaired,
  pairedDifferences,
  pairedRandomisationTest,
  winsLosses,
} from './significance.ts';
export type {
  BootstrapOptions,
  ConfidenceInterval,
  PairedComparison,
  PairedDifferences,
  RandomisationOptions,
  RandomisationResult,
  WinsLosses,
} from './significance.ts';
export { seededRandom } from './seededRandom.ts';
export { twoFoldCrossValidation } from './crossValidation.ts';
export type { FoldResult } from './crossValidation.ts';

// Judgments proposed from clicks (clicks over expected clicks)
export {
  CLICK_GRADE_THRESHOLDS,
  DEFAULT_MIN_CLICK_IMPRESSIONS,
  gradeClickPairs,
  gradeFromClickRatio,
  proposeClickJudgments,
} from './clickJudgments.ts';
export type { ClickGradeOptions, ClickJudgment, ClickPair, ShownAt } from './clickJudgments.ts';

// Online evaluation: team-draft interleaving
export { creditClicks, impressionOutcome, signTest, teamDraftInterleave } from './interleaving.ts';
export type { ImpressionOutcome, InterleavedItem, Team } from './interleaving.ts';

// Rank comparison
export { overlapAtK, jaccardAtK } from './setOverlap.ts';
export type { SetOverlap } from './setOverlap.ts';
export { rankBiasedOverlap } from './rankBiasedOverlap.ts';
export type { RboOptions, RboResult } from './rankBiasedOverlap.ts';
export { kendallTau } from './kendallTau.ts';
export type { KendallTauResult } from './kendallTau.ts';
export { rankMovement } from './rankMovement.ts';
export type { Movement, RankChange } from './rankMovement.ts';
export { compareRankings } from './compareRankings.ts';
export type { CompareRankingsOptions, RankingComparison } from './compareRankings.ts';

// Judgment sets
export { parseQrelsCsv, parseQrelsCsvStream } from './parseQrelsCsv.ts';
export type {
  QrelsCsvOptions,
  QrelsParseReport,
  QrelsParseResult,
  SkipReason,
  SkippedRow,
} from './qrelsCsvReader.ts';
export { serializeQrelsCsv } from './serializeQrelsCsv.ts';
export type { SerializeQrelsOptions } from './serializeQrelsCsv.ts';
