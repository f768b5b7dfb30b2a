'use client';
import { useState } from 'react';
import { formatDelta, formatMetric } from '~/lib/analyst/format';
import {
  sortPerQueryRows,
  type PerQueryRow,
  type PerQuerySort,
  type PerQuerySortKey,
} from '~/lib/analyst/perQuery';
import workbench from '../Workbench.module.css';
import styles from './RunReport.module.css';

function deltaClass(delta: number | null): string | undefined {
  if (delta === null || Math.abs(delta) < 5e-4) return undefined;
  return delta > 0 ? workbench.positive : workbench.negative;
}

/** Every query's nDCG@10 under the baseline and its change under each other configuration. */
export function PerQueryTable({
  rows,
  baseline,
  others,
}: {
  rows: PerQueryRow[];
  baseline: string;
  others: string[];
}) {
  const [sort, setSort] = useState<PerQuerySort>({ key: 'delta0', direction: 'ascending' });
  const sorted = sortPerQueryRows(rows, sort);
  const header = (key: PerQuerySortKey, text: string, numeric: boolean) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className={numeric ? workbench.numeric : undefined}
        aria-sort={active ? sort.direction : 'none'}
      >
        <button
          type="button"
          className={styles.sortButton}
          onClick={() =>
            setSort({
              key,
              direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending',
            })
          }
        >
          {text}
          {active && (
            <span className={styles.sortMark} aria-hidden="true">
              {sort.direction === 'ascending' ? '▲' : '▼'}
            </span>
          )}
        </button>
      </th>
    );
  };
  return (
    <div className={workbench.tableWrap}>
      <table className={workbench.table}>
        <caption>
          All queries (sorted by a column header; largest regressions first to start with)
        </caption>
        <thead>
          <tr>
            {header('query', 'Query', false)}
            {header('baseline', `nDCG@10: ${baseline}`, true)}
            {others.map((label, i) => header(`delta${i}`, `Δ ${label}`, true))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.query}>
              <th scope="row">{row.query}</th>
              <td className={workbench.numeric}>{formatMetric(row.baseline)}</td>
              {row.deltas.map((d, i) => (
                <td key={i} className={`${workbench.numeric} ${deltaClass(d) ?? ''}`}>
                  {formatDelta(d)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
