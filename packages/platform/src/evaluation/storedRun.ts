// How an evaluation run is kept in the database (JSON) and read back: per configuration its
// label, means and per-query values, so saved runs can be compared over time.
import { stringify } from 'csv-stringify/sync';
import { describeMetric } from '@shopsearch/eval';
import type { ConfigurationEvaluation } from './evaluateConfigurations.ts';

export interface StoredConfigurationResult {
  label: string;
  metricLabels: string[];
  means: { label: string; mean: number | null; queryCount: number }[];
  /** Per query: one value per metric label (null where undefined: no relevant judgments). */
  perQuery: { query: string; values: (number | null)[] }[];
  latency: { p50: number; p95: number };
}

export function toStored(result: ConfigurationEvaluation): StoredConfigurationResult {
  const { evaluation } = result;
  return {
    label: result.label,
    metricLabels: [...evaluation.labels],
    means: evaluation.means.map((m) => ({
      label: m.label,
      mean: m.mean,
      queryCount: m.queryCount,
    })),
    perQuery: [...evaluation.perQuery].map(([query, scores]) => ({
      query,
      values: scores.map((s) => s.value),
    })),
    latency: result.latency,
  };
}

/** Per query, each configuration's first metric (nDCG@10) minus the first configuration's. */
export function perQueryDeltas(results: StoredConfigurationResult[]) {
  const [baseline, ...others] = results;
  if (!baseline) return [];
  return baseline.perQuery.map(({ query, values }) => {
    const base = values[0] ?? null;
    const deltas = others.map((o) => {
      const value = o.perQuery.find((q) => q.query === query)?.values[0] ?? null;
      return base === null || value === null ? null : value - base;
    });
    return { query, baseline: base, deltas };
  });
}

/**
 * One CSV row per query and configuration, every metric a column (through csv-stringify). Queries
 * and labels come from users: a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * gets an apostrophe in front, as OWASP advises. `#` lines first say what each metric measures
 * (pandas' `comment='#'` skips them); they hold only the platform's own metric labels.
 */
export function toCsv(results: StoredConfigurationResult[]): string {
  const labels = results[0]?.metricLabels ?? [];
  const comments = [
    ...labels.map((label) => `# ${describeMetric(label) ?? label}`),
    '# Empty cells: the query has no relevant judgment, so the metric has no value.',
  ];
  const rows: (string | number)[][] = [['configuration', 'query', ...labels]];
  for (const r of results) {
    for (const q of r.perQuery) {
      rows.push([r.label, q.query, ...q.values.map((v) => (v === null ? '' : v.toFixed(6)))]);
    }
  }
  const table = stringify(rows, { escape_formulas: true, record_delimiter: 'unix' });
  return `${comments.join('\n')}\n${table}`;
}
