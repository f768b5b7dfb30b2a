// Is a configuration's nDCG@10 really different from the baseline's on this judgment set? The
// paired tests of @shopsearch/eval on the stored per-query values, as the run view and the CLI
// show them.
import { comparePaired, pairedDifferences, type PairedComparison } from '@shopsearch/eval';
import type { StoredConfigurationResult } from './storedRun.ts';

export interface ConfigurationSignificance extends PairedComparison {
  baseline: string;
  other: string;
  metric: string;
}

/** `other` against `baseline` on one metric (default the first, nDCG@10); seeded, so repeatable. */
export function pairedSignificance(
  baseline: StoredConfigurationResult,
  other: StoredConfigurationResult,
  metricIndex = 0,
): ConfigurationSignificance {
  const valuesOf = (r: StoredConfigurationResult) =>
    new Map(r.perQuery.map((q) => [q.query, q.values[metricIndex] ?? null]));
  const { differences } = pairedDifferences(valuesOf(baseline), valuesOf(other));
  return {
    baseline: baseline.label,
    other: other.label,
    metric: baseline.metricLabels[metricIndex] ?? '',
    ...comparePaired(differences, { seed: 1 }),
  };
}

/** Every other configuration of a run against its first. */
export function runSignificance(
  results: readonly StoredConfigurationResult[],
): ConfigurationSignificance[] {
  const [baseline, ...others] = results;
  return baseline ? others.map((other) => pairedSignificance(baseline, other)) : [];
}
