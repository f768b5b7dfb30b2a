// The paired tests of a run, in sentences: the change, its interval, the p-value and what it means.
import type { EvaluationRun } from './apiTypes';
import { formatDelta, formatMetric } from './format';

export type RunSignificance = EvaluationRun['significance'][number];

/** "+0.042 (95% interval −0.010 to +0.090)". */
export function differenceText(s: RunSignificance): string {
  const interval = s.interval
    ? ` (${Math.round(s.interval.confidence * 100)}% interval ${formatDelta(s.interval.low)} to ${formatDelta(s.interval.high)})`
    : '';
  return `${formatDelta(s.meanDifference)}${interval}`;
}

/** "p = 0.016, exact over all 256 sign flips" or "p = 0.120 from 10,000 random sign flips". */
export function pValueText(s: RunSignificance): string {
  const { pValue, method, rounds } = s.randomisation;
  const how =
    method === 'exact'
      ? `exact over all ${rounds.toLocaleString('en-US')} sign flips`
      : `from ${rounds.toLocaleString('en-US')} random sign flips`;
  return `p = ${formatMetric(pValue)}, ${how}`;
}

/** The conclusion an analyst can act on. */
export function verdictText(s: RunSignificance): string {
  if (s.queries === 0) return 'No query has a value under both configurations: nothing to test.';
  if (!s.significant)
    return `Not significant at ${s.alpha}: the difference could be noise on these ${s.queries} queries.`;
  return s.meanDifference > 0
    ? `Significantly better than ${s.baseline} (p < ${s.alpha}).`
    : `Significantly worse than ${s.baseline} (p < ${s.alpha}).`;
}
