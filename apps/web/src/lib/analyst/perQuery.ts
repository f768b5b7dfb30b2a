// An evaluation run's per-query breakdown: each query's nDCG@10 under the first configuration and
// its change under each other one, sortable by any column (undefined values always sort last).
import type { EvaluationRun } from './apiTypes';

export interface PerQueryRow {
  query: string;
  baseline: number | null;
  /** One per configuration after the first: its nDCG@10 minus the first's. */
  deltas: (number | null)[];
}

export type PerQuerySortKey = 'query' | 'baseline' | `delta${number}`;
export type SortDirection = 'ascending' | 'descending';

export interface PerQuerySort {
  key: PerQuerySortKey;
  direction: SortDirection;
}

export function perQueryRows(run: Pick<EvaluationRun, 'deltas'>): PerQueryRow[] {
  return run.deltas.map((d) => ({ query: d.query, baseline: d.baseline, deltas: [...d.deltas] }));
}

export function sortPerQueryRows(rows: PerQueryRow[], sort: PerQuerySort): PerQueryRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const valueOf = (row: PerQueryRow): string | number | null => {
    if (sort.key === 'query') return row.query;
    if (sort.key === 'baseline') return row.baseline;
    return row.deltas[Number(sort.key.slice('delta'.length))] ?? null;
  };
  return [...rows].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === null || y === null) {
      if (x === y) return a.query.localeCompare(b.query);
      return x === null ? 1 : -1;
    }
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order === 0 ? a.query.localeCompare(b.query) : sign * order;
  });
}

export interface DeltaTally {
  improved: number;
  regressed: number;
  unchanged: number;
  undefined: number;
}

/** How many queries a configuration improved or regressed by more than `epsilon`. */
export function tallyDeltas(rows: PerQueryRow[], index: number, epsilon = 1e-9): DeltaTally {
  const tally: DeltaTally = { improved: 0, regressed: 0, unchanged: 0, undefined: 0 };
  for (const row of rows) {
    const delta = row.deltas[index] ?? null;
    if (delta === null) tally.undefined++;
    else if (delta > epsilon) tally.improved++;
    else if (delta < -epsilon) tally.regressed++;
    else tally.unchanged++;
  }
  return tally;
}
