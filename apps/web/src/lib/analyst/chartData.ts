// Rows for the evaluation charts. Series are keyed c0, c1, … rather than by label: recharts reads
// a dotted key ("hybrid (w=0.7)") as a path into the row.
import type { EvaluationRun } from './apiTypes';
import type { PerQueryRow } from './perQuery';

export interface MetricBarRow {
  metric: string;
  [series: `c${number}`]: number | null;
}

/** One row per metric, one value per configuration: grouped bars. */
export function metricBarRows(run: Pick<EvaluationRun, 'results'>): MetricBarRow[] {
  const labels = run.results[0]?.metricLabels ?? [];
  return labels.map((metric, m) => {
    const row: MetricBarRow = { metric };
    run.results.forEach((r, c) => {
      row[`c${c}`] = r.means[m]?.mean ?? null;
    });
    return row;
  });
}

export interface DeltaBarRow {
  query: string;
  delta: number;
}

/** Queries with a defined change under configuration `index` (after the first), largest gain first. */
export function deltaBarRows(rows: PerQueryRow[], index: number): DeltaBarRow[] {
  return rows
    .flatMap((r) => {
      const delta = r.deltas[index] ?? null;
      return delta === null ? [] : [{ query: r.query, delta }];
    })
    .sort((a, b) => b.delta - a.delta || a.query.localeCompare(b.query));
}
