// Rows for the evaluation charts. Series are keyed c0, c1, … rather than by label: recharts reads
// a dotted key ("hybrid (w=0.7)") as a path into the row.
import type { EvaluationRun, SavedRunSummary } from './apiTypes';
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

export interface HistorySeries {
  key: `s${number}`;
  label: string;
}

export interface RunHistory {
  /** Oldest run first; one value per series (null where the run did not have that configuration). */
  rows: ({ run: string } & Record<`s${number}`, number | null>)[];
  series: HistorySeries[];
}

/**
 * Saved runs as a history of mean nDCG@10 per configuration (configurations matched by label),
 * for a line per configuration over time. At most `limit` configurations, the most often run.
 */
export function runHistory(runs: SavedRunSummary[], limit = 6): RunHistory {
  const counts = new Map<string, number>();
  for (const run of runs)
    for (const c of run.summary) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  const labels = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([label]) => label);
  const series = labels.map((label, i) => ({ key: `s${i}` as const, label }));
  const chronological = [...runs].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const rows = chronological.map((run) => {
    const row: RunHistory['rows'][number] = { run: run.name };
    for (const s of series)
      row[s.key] = run.summary.find((c) => c.label === s.label)?.ndcg10 ?? null;
    return row;
  });
  return { rows, series };
}
