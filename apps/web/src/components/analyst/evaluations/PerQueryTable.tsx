'use client';
import Link from 'next/link';
import { useState } from 'react';
import { DataTable, Hint, Note, type Column } from '~/components/ui';
import { formatDelta, formatMetric } from '~/lib/analyst/format';
import {
  sortPerQueryRows,
  type PerQueryRow,
  type PerQuerySort,
  type PerQuerySortKey,
} from '~/lib/analyst/perQuery';
import { QueryNoteEditor } from '../notes/QueryNoteEditor';
import styles from './RunReport.module.css';

function deltaClass(delta: number | null): string | undefined {
  if (delta === null || Math.abs(delta) < 5e-4) return undefined;
  return delta > 0 ? styles.positive : styles.negative;
}

/** Every query's nDCG@10 under the baseline and its change under each other configuration. */
export function PerQueryTable({
  rows,
  baseline,
  others,
  notes,
  store,
  setId,
  compareHref,
}: {
  rows: PerQueryRow[];
  baseline: string;
  others: string[];
  /** The run's judgment set's notes by query. */
  notes: Record<string, string>;
  store: string;
  setId: number;
  /** Where Compare shows this query under the run's configurations and judgment set. */
  compareHref: (query: string) => string;
}) {
  const [sort, setSort] = useState<PerQuerySort>({ key: 'delta0', direction: 'ascending' });
  const sorted = sortPerQueryRows(rows, sort);
  const sortBy = (key: PerQuerySortKey) => ({
    direction: sort.key === key ? sort.direction : null,
    onSort: () =>
      setSort({
        key,
        direction: sort.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending',
      }),
  });
  const columns: Column<PerQueryRow>[] = [
    {
      header: 'Query',
      rowHeader: true,
      sort: sortBy('query'),
      cell: (row) => (
        <>
          {row.query}{' '}
          <Link href={compareHref(row.query)} aria-label={`Open “${row.query}” in Compare`}>
            Compare
          </Link>
          {notes[row.query] && <Note>{notes[row.query]}</Note>}
          <details>
            <summary>
              <Hint>{notes[row.query] ? 'Edit note' : 'Add a note'}</Hint>
            </summary>
            <QueryNoteEditor
              key={notes[row.query] ?? ''}
              store={store}
              setId={setId}
              query={row.query}
              note={notes[row.query]}
            />
          </details>
        </>
      ),
    },
    {
      header: `nDCG@10: ${baseline}`,
      numeric: true,
      sort: sortBy('baseline'),
      cell: (row) => formatMetric(row.baseline),
    },
    ...others.map((label, i): Column<PerQueryRow> => ({
      header: `Δ ${label}`,
      numeric: true,
      sort: sortBy(`delta${i}`),
      className: (row) => deltaClass(row.deltas[i] ?? null),
      cell: (row) => formatDelta(row.deltas[i] ?? null),
    })),
  ];
  return (
    <DataTable
      caption="All queries (sorted by a column header; largest regressions first to start with)"
      columns={columns}
      rows={sorted}
      rowKey={(row) => row.query}
    />
  );
}
